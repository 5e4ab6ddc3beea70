// Image tags kubeadm pins per Kubernetes minor (cmd/kubeadm/app/constants: SupportedEtcdVersion,
// CoreDNSVersion). Newer minors than the table reuse its newest entry.

const ETCD: Record<number, string> = {
  29: "3.5.10-0",
  30: "3.5.12-0",
  31: "3.5.15-0",
  32: "3.5.16-0",
  33: "3.5.21-0",
  34: "3.6.4-0",
  35: "3.6.5-0",
};
const COREDNS: Record<number, string> = {
  29: "v1.11.1",
  30: "v1.11.3",
  31: "v1.11.3",
  32: "v1.11.3",
  33: "v1.12.0",
  34: "v1.12.1",
  35: "v1.12.1",
};

function pick(table: Record<number, string>, kubernetesVersion: string): string {
  const minor = Number(kubernetesVersion.split(".")[1]);
  const known = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  const chosen = known.filter((entry) => entry <= minor).at(-1) ?? known[0] ?? 0;
  return table[chosen] ?? "";
}

export function etcdImageTag({ kubernetesVersion }: { kubernetesVersion: string }): string {
  return pick(ETCD, kubernetesVersion);
}

export function corednsImageTag({ kubernetesVersion }: { kubernetesVersion: string }): string {
  return pick(COREDNS, kubernetesVersion);
}
