import { buildControlPlaneConfigs } from "./build-control-plane-configs";
import { buildKernelCmdline } from "./build-kernel-cmdline";
import { buildKernelParams } from "./build-kernel-params";
import { buildKubeletResources } from "./build-kubelet-resources";
import { buildMachineConfig } from "./build-machine-config";
import { buildSecurityState, formatFingerprint } from "./build-security-state";
import { buildTalosControlPlanePods } from "./build-talos-control-plane-pods";
import { buildTalosServices } from "./build-talos-services";
import { deriveClusterSecrets } from "./derive-cluster-secrets";
import { deriveSimBytes } from "./derive-sim-bytes";
import { resolveNodePosture } from "./resolve-node-posture";
import {
  DEFAULT_BOOT_TIME,
  DEFAULT_CLUSTER_NAME,
  TALOS_CLUSTER_DEFAULTS,
  defaultControlPlaneEndpoint,
} from "./talos-cluster-defaults";
import type { BuildTalosNodeStateOptions, TalosNodeState } from "./talos-node-state";
import { getTalosReleaseFacts } from "./talos-release-facts";
import { isTalosAtLeast, parseKubernetesVersion, parseTalosVersion } from "./talos-version";

/**
 * Generates what one Talos node's API would report, from a small typed description. Every value
 * follows reference/talos-api.md for the node's Talos version: KSPP and default sysctls (§4.1),
 * kernel arguments (§4.3), SecurityState (§3.1), control-plane flags and configs (§3.8), and a
 * machine config with the cluster's secrets at the §3.6 paths. Deterministic for a given seed.
 */
export function buildTalosNodeState(options: BuildTalosNodeStateOptions): TalosNodeState {
  const version = parseTalosVersion(options.talosVersion);
  const kubernetesVersion = parseKubernetesVersion(options.kubernetesVersion).text;
  const clusterName = options.clusterName ?? DEFAULT_CLUSTER_NAME;
  const seed = options.seed ?? 1;
  const bootTime = options.bootTime ?? DEFAULT_BOOT_TIME;
  const controlPlaneEndpoint = options.controlPlaneEndpoint ?? defaultControlPlaneEndpoint(clusterName);
  const posture = resolveNodePosture({ variant: options.variant, version, drift: options.drift });
  const facts = getTalosReleaseFacts(version);
  const nodeSeed = `${seed}:${clusterName}:${options.hostname}`;

  const secrets = deriveClusterSecrets({ clusterName, seed });
  const machineConfig = buildMachineConfig({
    version,
    kubernetesVersion,
    role: options.role,
    clusterName,
    controlPlaneEndpoint,
    ...TALOS_CLUSTER_DEFAULTS,
    secrets,
    sysctls: posture.sysctls,
    apiServerExtraArgs: posture.apiServerExtraArgs,
    controllerManagerExtraArgs: posture.controllerManagerExtraArgs,
    schedulerExtraArgs: posture.schedulerExtraArgs,
    podSecurityEnforce: posture.podSecurityEnforce,
    kmsProvider: options.kmsProvider,
  });

  // The PCR public key lives in Secure Boot UKIs only; the same image build means the same key.
  const pcrSigningKeyFingerprint = posture.secureBootImage
    ? formatFingerprint(deriveSimBytes({ seed: `${seed}:${clusterName}`, label: `pcr-key:${version.tag}`, length: 32 }))
    : undefined;

  const kubernetesResources = buildKubeletResources({
    kubernetesVersion,
    hostname: options.hostname,
    ip: options.ip,
    role: options.role,
    staticPodPort:
      40000 + (deriveSimBytes({ seed: nodeSeed, label: "static-pod-port", length: 2 }).readUInt16BE(0) % 20000),
  });
  let etcdMemberId: string | undefined;
  if (options.role === "controlplane") {
    const pods = buildTalosControlPlanePods({
      talosVersion: version.tag,
      kubernetesVersion,
      variant: options.variant,
      nodeName: options.hostname,
      nodeIp: options.ip,
      drift: options.drift,
      clusterName,
      controlPlaneEndpoint,
      seed,
      bootTime,
    });
    kubernetesResources.push(
      ...buildControlPlaneConfigs({
        version,
        kubernetesVersion,
        controlPlaneEndpoint,
        serviceCidr: TALOS_CLUSTER_DEFAULTS.serviceCidr,
        apiServerExtraArgs: posture.apiServerExtraArgs,
        apiServerArgs: pods.apiServerCommand,
        podSecurityEnforce: posture.podSecurityEnforce,
      }),
      ...pods.staticPods,
      ...pods.staticPodStatuses,
    );
    // etcd member IDs are random 64-bit numbers; keep the top bit clear so they stay positive everywhere.
    const idBytes = deriveSimBytes({ seed: nodeSeed, label: "etcd-member-id", length: 8 });
    idBytes[0] = (idBytes[0] ?? 0) & 0x7f;
    etcdMemberId = idBytes.toString("hex").replace(/^0+/, "");
  }

  return {
    hostname: options.hostname,
    ip: options.ip,
    role: options.role,
    variant: options.variant,
    clusterName,
    talosVersion: version.tag,
    kubernetesVersion,
    bootTime: bootTime.toISOString(),
    version: { tag: version.tag, sha: facts.sha, built: "", goVersion: facts.goVersion, os: "linux", arch: "amd64" },
    platform: { name: "metal", mode: "metal" },
    securityState: buildSecurityState({
      version,
      secureBoot: posture.secureBoot,
      bootedWithUKI: posture.bootedWithUKI,
      selinux: posture.selinux,
      moduleSignatureEnforced: posture.moduleSignatureEnforced,
      pcrSigningKeyFingerprint,
    }),
    kernelParams: buildKernelParams({ version, sysctlOverrides: posture.sysctls }),
    kernelCmdline: buildKernelCmdline({
      version,
      secureBoot: posture.secureBootImage,
      selinux: posture.selinux,
      // Before v1.12 only hardened images carry module.sig_enforce=1.
      moduleSignatureEnforced:
        posture.moduleSignatureEnforced && (isTalosAtLeast(version, 12) || options.variant !== "default"),
      extraKernelArgs: posture.extraKernelArgs,
    }),
    services: buildTalosServices({ role: options.role, bootTime }),
    machineConfig,
    etcdMemberId,
    kubernetesResources,
  };
}
