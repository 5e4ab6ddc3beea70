import { stringify } from "yaml";
import { buildKubernetesConfigDocuments } from "./build-kubernetes-config-documents";
import { buildPodSecurityConfiguration } from "./build-pod-security-configuration";
import type { TalosClusterSecrets } from "./derive-cluster-secrets";
import type { TalosKmsProvider, TalosNodeRole } from "./talos-node-state";
import { isTalosAtLeast, type TalosVersion } from "./talos-version";

export interface MachineConfigInputs {
  version: TalosVersion;
  kubernetesVersion: string;
  role: TalosNodeRole;
  clusterName: string;
  controlPlaneEndpoint: string;
  podCidr: string;
  serviceCidr: string;
  dnsDomain: string;
  secrets: TalosClusterSecrets;
  sysctls: Record<string, string>;
  apiServerExtraArgs: Record<string, string>;
  controllerManagerExtraArgs: Record<string, string>;
  schedulerExtraArgs: Record<string, string>;
  podSecurityEnforce: string;
  /** v1.14 only: put first in the KubeEtcdEncryptionConfig document. */
  kmsProvider?: TalosKmsProvider;
}

/**
 * The machine config as `talosctl gen config` writes it for the node's Talos version, with the
 * cluster's secrets at the paths Talos redacts (reference §3.6). Up to v1.13 the Kubernetes settings
 * live under `cluster.*` of the v1alpha1 document; v1.14 moves them into separate documents.
 */
export function buildMachineConfig(inputs: MachineConfigInputs): string {
  const { version, role } = inputs;
  const isControlPlane = role === "controlplane";
  const multidoc = isTalosAtLeast(version, 14);
  const documents: unknown[] = [
    {
      version: "v1alpha1",
      debug: false,
      persist: true,
      machine: buildMachineSection(inputs, multidoc),
      cluster: multidoc ? buildLeanClusterSection(inputs) : buildClusterSection(inputs),
    },
  ];
  if (multidoc) documents.push(...buildKubernetesConfigDocuments({ ...inputs, isControlPlane }));
  return documents.map((document) => stringify(document, { indent: 4, lineWidth: 0 })).join("---\n");
}

function buildMachineSection(inputs: MachineConfigInputs, multidoc: boolean): Record<string, unknown> {
  const { secrets, role, version, kubernetesVersion } = inputs;
  const machine: Record<string, unknown> = {
    type: role,
    token: secrets.machineToken,
    ca: { crt: secrets.osCa.crt, key: role === "controlplane" ? secrets.osCa.key : "" },
    certSANs: [],
  };
  if (!multidoc) {
    machine.kubelet = {
      image: `ghcr.io/siderolabs/kubelet:v${kubernetesVersion}`,
      defaultRuntimeSeccompProfileEnabled: true,
      disableManifestsDirectory: true,
    };
  }
  machine.network = {};
  machine.install = { disk: "/dev/sda", image: `ghcr.io/siderolabs/installer:${version.tag}`, wipe: false };
  machine.features = {
    rbac: true,
    stableHostname: true,
    apidCheckExtKeyUsage: true,
    diskQuotaSupport: true,
    kubePrism: { enabled: true, port: 7445 },
    hostDNS: { enabled: true, forwardKubeDNSToHost: true },
  };
  if (role === "controlplane" && !multidoc) {
    machine.nodeLabels = { "node.kubernetes.io/exclude-from-external-load-balancers": "" };
  }
  if (Object.keys(inputs.sysctls).length > 0) machine.sysctls = { ...inputs.sysctls };
  return machine;
}

function buildClusterSection(inputs: MachineConfigInputs): Record<string, unknown> {
  const { secrets, role, kubernetesVersion: k8s } = inputs;
  const isControlPlane = role === "controlplane";
  const cluster: Record<string, unknown> = {
    id: secrets.clusterId,
    secret: secrets.clusterSecret,
    controlPlane: { endpoint: inputs.controlPlaneEndpoint },
    clusterName: inputs.clusterName,
    network: { dnsDomain: inputs.dnsDomain, podSubnets: [inputs.podCidr], serviceSubnets: [inputs.serviceCidr] },
    token: secrets.bootstrapToken,
    ca: { crt: secrets.kubernetesCa.crt, key: isControlPlane ? secrets.kubernetesCa.key : "" },
  };
  if (isControlPlane) {
    cluster.secretboxEncryptionSecret = secrets.secretboxEncryptionSecret;
    cluster.aggregatorCA = { ...secrets.aggregatorCa };
    cluster.serviceAccount = { key: secrets.serviceAccountKey };
    const apiServer: Record<string, unknown> = {
      image: `registry.k8s.io/kube-apiserver:v${k8s}`,
      certSANs: [new URL(inputs.controlPlaneEndpoint).hostname],
      disablePodSecurityPolicy: true,
      admissionControl: [
        { name: "PodSecurity", configuration: buildPodSecurityConfiguration({ enforce: inputs.podSecurityEnforce }) },
      ],
      auditPolicy: { apiVersion: "audit.k8s.io/v1", kind: "Policy", rules: [{ level: "Metadata" }] },
    };
    if (Object.keys(inputs.apiServerExtraArgs).length > 0) apiServer.extraArgs = { ...inputs.apiServerExtraArgs };
    cluster.apiServer = apiServer;
    cluster.controllerManager = withExtraArgs(
      { image: `registry.k8s.io/kube-controller-manager:v${k8s}` },
      inputs.controllerManagerExtraArgs,
    );
    cluster.proxy = { image: `registry.k8s.io/kube-proxy:v${k8s}` };
    cluster.scheduler = withExtraArgs({ image: `registry.k8s.io/kube-scheduler:v${k8s}` }, inputs.schedulerExtraArgs);
  }
  cluster.discovery = { enabled: true, registries: { kubernetes: { disabled: true }, service: {} } };
  if (isControlPlane) {
    cluster.etcd = { ca: { ...secrets.etcdCa } };
    cluster.extraManifests = [];
    cluster.inlineManifests = [];
  }
  return cluster;
}

// v1.14: what stays in the v1alpha1 document; the rest is in Kube*Config documents.
function buildLeanClusterSection(inputs: MachineConfigInputs): Record<string, unknown> {
  const cluster: Record<string, unknown> = { token: inputs.secrets.bootstrapToken };
  if (inputs.role === "controlplane") cluster.etcd = { ca: { ...inputs.secrets.etcdCa } };
  return cluster;
}

function withExtraArgs(section: Record<string, unknown>, extraArgs: Record<string, string>): Record<string, unknown> {
  return Object.keys(extraArgs).length > 0 ? { ...section, extraArgs: { ...extraArgs } } : section;
}
