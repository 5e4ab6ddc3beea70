import { buildPodSecurityConfiguration } from "./build-pod-security-configuration";
import type { TalosSpecResource } from "./talos-node-state";
import { isTalosAtLeast, parseKubernetesVersion, type TalosVersion } from "./talos-version";

const NS = "controlplane";

/**
 * The control-plane config resources Talos derives from the machine config (namespace
 * `controlplane`): APIServerConfig (v1.14 adds `final-kube-apiserver` with the final args),
 * AdmissionControlConfig, AuditPolicyConfig, AuthorizationConfig and, in v1.14,
 * AuthenticationConfig. Spec keys and their order follow the Go structs (reference §3.8).
 */
export function buildControlPlaneConfigs({
  version,
  kubernetesVersion,
  controlPlaneEndpoint,
  serviceCidr,
  apiServerExtraArgs,
  apiServerArgs,
  podSecurityEnforce,
}: {
  version: TalosVersion;
  kubernetesVersion: string;
  controlPlaneEndpoint: string;
  serviceCidr: string;
  apiServerExtraArgs: Record<string, string>;
  /** The final kube-apiserver command (binary first). */
  apiServerArgs: string[];
  podSecurityEnforce: string;
}): TalosSpecResource[] {
  const is114 = isTalosAtLeast(version, 14);
  const image = `registry.k8s.io/kube-apiserver:v${parseKubernetesVersion(kubernetesVersion).text}`;
  const apiServerSpec = (final: boolean): Record<string, unknown> => {
    const spec: Record<string, unknown> = {
      image,
      cloudProvider: "",
      controlPlaneEndpoint,
      etcdServers: ["https://127.0.0.1:2379"],
      localPort: 6443,
      serviceCIDR: [serviceCidr],
      // v1.13 changed extraArgs to lists of values (proto field 13; before: field 7, a string map).
      extraArgs: isTalosAtLeast(version, 13)
        ? Object.fromEntries(Object.entries(apiServerExtraArgs).map(([key, value]) => [key, { values: [value] }]))
        : { ...apiServerExtraArgs },
      extraVolumes: [],
      environmentVariables: {},
    };
    if (!isTalosAtLeast(version, 12)) spec.podSecurityPolicyEnabled = false;
    spec.advertisedAddress = "$(POD_IP)";
    spec.resources = { requests: {}, limits: {} };
    if (is114) {
      spec.startupProbesEnabled = true;
      spec.useAuthenticationConfig = true;
      if (final) spec.args = apiServerArgs;
    }
    return spec;
  };
  const resources: TalosSpecResource[] = [
    cp(
      "APIServerConfigs.kubernetes.talos.dev",
      "kube-apiserver",
      "k8s.ControlPlaneAPIServerController",
      apiServerSpec(false),
    ),
  ];
  if (is114) {
    resources.push(
      cp(
        "APIServerConfigs.kubernetes.talos.dev",
        "final-kube-apiserver",
        "k8s.ControlPlaneAPIServerFinalController",
        apiServerSpec(true),
      ),
    );
  }
  resources.push(
    cp(
      "AdmissionControlConfigs.kubernetes.talos.dev",
      "admission-control",
      "k8s.ControlPlaneAdmissionControlController",
      {
        config: [
          { name: "PodSecurity", configuration: buildPodSecurityConfiguration({ enforce: podSecurityEnforce }) },
        ],
      },
    ),
    cp("AuditPolicyConfigs.kubernetes.talos.dev", "audit-policy", "k8s.ControlPlaneAuditPolicyController", {
      config: { apiVersion: "audit.k8s.io/v1", kind: "Policy", rules: [{ level: "Metadata" }] },
    }),
    cp(
      "AuthorizationConfigs.kubernetes.talos.dev",
      "authorization",
      is114 ? "k8s.ControlPlaneAuthorizationController" : "k8s.ControlPlaneAuthorizationPolicyController",
      {
        image,
        config: [
          { type: "Node", name: "node", webhook: {} },
          { type: "RBAC", name: "rbac", webhook: {} },
        ],
      },
    ),
  );
  if (is114) {
    resources.push(
      cp(
        "AuthenticationConfigs.kubernetes.talos.dev",
        "authentication-config",
        "k8s.ControlPlaneAuthenticationController",
        {
          config: {
            anonymous: { conditions: [{ path: "/livez" }, { path: "/readyz" }, { path: "/healthz" }], enabled: true },
            jwt: [],
          },
        },
      ),
    );
  }
  return resources;
}

function cp(type: string, id: string, owner: string, spec: Record<string, unknown>): TalosSpecResource {
  return { namespace: NS, type, id, owner, version: 1, spec };
}
