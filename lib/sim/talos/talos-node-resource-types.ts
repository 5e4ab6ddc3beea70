import type { TalosResourceType } from "./talos-resource-type";

const RUNTIME = "talos.resource.definitions.runtime";
const SELINUX: Record<string, string> = {
  "enabled, permissive": "SE_LINUX_STATE_PERMISSIVE",
  "enabled, enforcing": "SE_LINUX_STATE_ENFORCING",
};
const FIPS: Record<string, string> = { enabled: "FIPS_STATE_ENABLED", "enabled, strict": "FIPS_STATE_STRICT" };
const MACHINE_TYPES: Record<string, string> = { init: "INIT", controlplane: "CONTROL_PLANE", worker: "WORKER" };
const str = (value: unknown) => (typeof value === "string" ? value : "");

/** Runtime, config and etcd resource types of reference §3.1–§3.7. */
export const TALOS_NODE_RESOURCE_TYPES: TalosResourceType[] = [
  {
    type: "SecurityStates.talos.dev",
    displayType: "SecurityState",
    defaultNamespace: "runtime",
    aliases: [],
    protoMessage: `${RUNTIME}.SecurityStateSpec`,
    toProto: (spec) => ({
      secure_boot: spec.secureBoot === true,
      uki_signing_key_fingerprint: str(spec.ukiSigningKeyFingerprint),
      pcr_signing_key_fingerprint: str(spec.pcrSigningKeyFingerprint),
      se_linux_state: SELINUX[str(spec.selinuxState)] ?? "SE_LINUX_STATE_DISABLED",
      booted_with_uki: spec.bootedWithUKI === true,
      fips_state: FIPS[str(spec.fipsState)] ?? "FIPS_STATE_DISABLED",
      module_signature_enforced: spec.moduleSignatureEnforced === true,
    }),
  },
  {
    type: "KernelParamStatuses.runtime.talos.dev",
    displayType: "KernelParamStatus",
    defaultNamespace: "runtime",
    aliases: ["sysctls", "kernelparameters", "kernelparams"],
    protoMessage: `${RUNTIME}.KernelParamStatusSpec`,
    toProto: (spec) => ({
      current: str(spec.current),
      default: str(spec.default),
      unsupported: spec.unsupported === true,
    }),
  },
  {
    type: "KernelCmdlines.runtime.talos.dev",
    displayType: "KernelCmdline",
    defaultNamespace: "runtime",
    aliases: ["cmdline"],
    protoMessage: `${RUNTIME}.KernelCmdlineSpec`,
    toProto: (spec) => ({ cmdline: str(spec.cmdline) }),
  },
  {
    type: "Versions.runtime.talos.dev",
    displayType: "Version",
    defaultNamespace: "runtime",
    aliases: [],
    protoMessage: `${RUNTIME}.VersionSpec`,
    toProto: (spec) => ({ version: str(spec.version), name: str(spec.name) }),
  },
  {
    type: "Services.v1alpha1.talos.dev",
    displayType: "Service",
    defaultNamespace: "runtime",
    aliases: ["svc"],
    protoMessage: "talos.resource.definitions.v1alpha1.ServiceSpec",
    toProto: (spec) => ({
      running: spec.running === true,
      healthy: spec.healthy === true,
      unknown: spec.unknown === true,
    }),
  },
  {
    type: "MachineConfigs.config.talos.dev",
    displayType: "MachineConfig",
    defaultNamespace: "config",
    aliases: [],
    sensitive: true,
    scalarSpec: true,
    protoMessage: "resource.config.MachineConfigSpec",
    // The spec object carries the raw config text (the YAML spec is that text as one string scalar).
    toProto: (spec) => ({ yaml_marshalled: Buffer.from(str(spec.raw), "utf8") }),
  },
  {
    type: "MachineTypes.config.talos.dev",
    displayType: "MachineType",
    defaultNamespace: "config",
    aliases: [],
    scalarSpec: true,
    protoMessage: "resource.config.MachineTypeSpec",
    toProto: (spec) => ({ machine_type: MACHINE_TYPES[str(spec.raw)] ?? "UNKNOWN" }),
  },
  {
    type: "EtcdMembers.etcd.talos.dev",
    displayType: "EtcdMember",
    defaultNamespace: "etcd",
    aliases: [],
    protoMessage: "talos.resource.definitions.etcd.MemberSpec",
    toProto: (spec) => ({ member_id: str(spec.memberID) }),
  },
];
