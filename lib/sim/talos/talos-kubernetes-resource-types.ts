import { toProtoStruct } from "./to-proto-struct";
import type { TalosResourceType } from "./talos-resource-type";
import { isTalosAtLeast } from "./talos-version";

type Spec = Record<string, unknown>;

const K8S = "talos.resource.definitions.k8s";
const str = (value: unknown) => (typeof value === "string" ? value : "");
const argValues = (args: unknown) =>
  Object.fromEntries(Object.entries((args ?? {}) as Record<string, unknown>).map(([key, value]) => [key, value]));

/** Kubernetes control-plane and kubelet resource types of reference §3.8 (sensitivity per version). */
export const TALOS_KUBERNETES_RESOURCE_TYPES: TalosResourceType[] = [
  {
    type: "StaticPods.kubernetes.talos.dev",
    displayType: "StaticPod",
    defaultNamespace: "k8s",
    aliases: [],
    protoMessage: `${K8S}.StaticPodSpec`,
    toProto: (spec) => ({ pod: toProtoStruct(spec) }),
    yaml: { sortKeys: true, jsonNumbers: true },
  },
  {
    type: "StaticPodStatuses.kubernetes.talos.dev",
    displayType: "StaticPodStatus",
    defaultNamespace: "k8s",
    aliases: [],
    protoMessage: `${K8S}.StaticPodStatusSpec`,
    toProto: (spec) => ({ pod_status: toProtoStruct(spec) }),
    yaml: { sortKeys: true, jsonNumbers: true },
  },
  {
    type: "APIServerConfigs.kubernetes.talos.dev",
    displayType: "APIServerConfig",
    defaultNamespace: "controlplane",
    aliases: [],
    sensitive: { fromMinor: 14 },
    protoMessage: `${K8S}.APIServerConfigSpec`,
    toProto: (spec, version) => ({
      image: str(spec.image),
      cloud_provider: str(spec.cloudProvider),
      control_plane_endpoint: str(spec.controlPlaneEndpoint),
      etcd_servers: spec.etcdServers,
      local_port: spec.localPort,
      service_cidrs: spec.serviceCIDR,
      [isTalosAtLeast(version, 13) ? "extra_args" : "extra_args_legacy"]: argValues(spec.extraArgs),
      advertised_address: str(spec.advertisedAddress),
      resources: spec.resources,
      startup_probes_enabled: spec.startupProbesEnabled === true,
      use_authentication_config: spec.useAuthenticationConfig === true,
      args: spec.args ?? [],
    }),
  },
  {
    type: "AdmissionControlConfigs.kubernetes.talos.dev",
    displayType: "AdmissionControlConfig",
    defaultNamespace: "controlplane",
    aliases: [],
    protoMessage: `${K8S}.AdmissionControlConfigSpec`,
    toProto: (spec) => ({
      config: ((spec.config ?? []) as Spec[]).map((plugin) => ({
        name: plugin.name,
        configuration: toProtoStruct(plugin.configuration),
      })),
    }),
  },
  {
    type: "AuditPolicyConfigs.kubernetes.talos.dev",
    displayType: "AuditPolicyConfig",
    defaultNamespace: "controlplane",
    aliases: [],
    sensitive: true,
    protoMessage: `${K8S}.AuditPolicyConfigSpec`,
    toProto: (spec) => ({ config: toProtoStruct(spec.config) }),
  },
  {
    type: "AuthorizationConfigs.kubernetes.talos.dev",
    displayType: "AuthorizationConfig",
    defaultNamespace: "controlplane",
    aliases: [],
    sensitive: { fromMinor: 14 },
    protoMessage: `${K8S}.AuthorizationConfigSpec`,
    toProto: (spec) => ({
      image: str(spec.image),
      config: ((spec.config ?? []) as Spec[]).map((authorizer) => ({
        ...authorizer,
        webhook: toProtoStruct(authorizer.webhook),
      })),
    }),
  },
  {
    type: "AuthenticationConfigs.kubernetes.talos.dev",
    displayType: "AuthenticationConfig",
    defaultNamespace: "controlplane",
    aliases: [],
    sensitive: true,
    protoMessage: `${K8S}.AuthenticationConfigSpec`,
    toProto: (spec) => ({ config: toProtoStruct(spec.config) }),
  },
  {
    type: "KubeletConfigs.kubernetes.talos.dev",
    displayType: "KubeletConfig",
    defaultNamespace: "k8s",
    aliases: [],
    sensitive: { fromMinor: 14 },
    protoMessage: `${K8S}.KubeletConfigSpec`,
    toProto: (spec) => ({
      image: str(spec.image),
      cluster_dns: spec.clusterDNS,
      cluster_domain: str(spec.clusterDomain),
      cloud_provider_external: spec.cloudProviderExternal === true,
      default_runtime_seccomp_enabled: spec.defaultRuntimeSeccompEnabled === true,
      skip_node_registration: spec.skipNodeRegistration === true,
      static_pod_list_url: str(spec.staticPodListURL),
      disable_manifests_directory: spec.disableManifestsDirectory === true,
      enable_fs_quota_monitoring: spec.enableFSQuotaMonitoring === true,
      allow_scheduling_on_control_plane: spec.allowSchedulingOnControlPlane === true,
    }),
  },
  {
    type: "KubeletSpecs.kubernetes.talos.dev",
    displayType: "KubeletSpec",
    defaultNamespace: "k8s",
    aliases: [],
    sensitive: { fromMinor: 14 },
    protoMessage: `${K8S}.KubeletSpecSpec`,
    toProto: (spec) => ({
      image: str(spec.image),
      args: spec.args,
      expected_nodename: str(spec.expectedNodename),
      config: toProtoStruct(spec.config),
    }),
  },
];
