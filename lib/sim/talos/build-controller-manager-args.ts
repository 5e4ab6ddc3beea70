import { mergeTalosArgs, renderTalosArgs, type ArgMap, type ArgMergePolicy } from "./merge-talos-args";
import { isTalosAtLeast, type TalosVersion } from "./talos-version";

const SECRETS = "/system/secrets/kubernetes/kube-controller-manager";

/** The kube-controller-manager command line of Talos' StaticPod, first element the binary. */
export function buildControllerManagerArgs({
  version,
  podCidr,
  serviceCidr,
  extraArgs,
}: {
  version: TalosVersion;
  podCidr: string;
  serviceCidr: string;
  extraArgs: Record<string, string>;
}): string[] {
  const is114 = isTalosAtLeast(version, 14);
  const defaults: ArgMap = {
    "allocate-node-cidrs": ["true"],
    "bind-address": ["127.0.0.1"],
    "cluster-cidr": [podCidr],
    "service-cluster-ip-range": [serviceCidr],
    "cluster-signing-cert-file": [`${SECRETS}/ca.crt`],
    "cluster-signing-key-file": [`${SECRETS}/ca.key`],
    controllers: [is114 ? "*" : "*,tokencleaner"],
    "configure-cloud-routes": ["false"],
    kubeconfig: [`${SECRETS}/kubeconfig`],
    "authentication-kubeconfig": [`${SECRETS}/kubeconfig`],
    "authorization-kubeconfig": [`${SECRETS}/kubeconfig`],
    "leader-elect": ["true"],
    "root-ca-file": [`${SECRETS}/ca.crt`],
    "service-account-private-key-file": [`${SECRETS}/service-account.key`],
    profiling: ["false"],
    "tls-min-version": ["VersionTLS13"],
  };
  if (is114) {
    defaults["terminated-pod-gc-threshold"] = ["100"];
    defaults["use-service-account-credentials"] = ["true"];
    if (!podCidr.includes(":")) defaults["node-cidr-mask-size-ipv4"] = ["24"];
  }
  const policies: Record<string, ArgMergePolicy> = {
    "service-cluster-ip-range": "additive",
    controllers: "additive",
    "cluster-signing-cert-file": "denied",
    "cluster-signing-key-file": "denied",
    "authentication-kubeconfig": "denied",
    "authorization-kubeconfig": "denied",
    "root-ca-file": "denied",
    "service-account-private-key-file": "denied",
  };
  // The bare --use-service-account-credentials flag precedes the sorted flags in every version.
  return [
    "/usr/local/bin/kube-controller-manager",
    "--use-service-account-credentials",
    ...renderTalosArgs(mergeTalosArgs({ defaults, extraArgs, policies })),
  ];
}
