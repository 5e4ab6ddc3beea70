const KUBE_VERSION = /^v(\d+)(?:(alpha|beta)(\d+))?$/;
const STABILITY_RANK: Record<string, number> = { "": 0, beta: 1, alpha: 2 };

/**
 * Sorts API versions in Kubernetes priority order, the order discovery reports them in:
 * GA before beta before alpha, higher numbers first, anything else alphabetically last
 * (v2, v1, v2beta1, v1beta2, v1beta1, v1alpha1, foo).
 */
export function sortApiVersions({ versions }: { versions: string[] }): string[] {
  return [...versions].sort(compareApiVersions);
}

function compareApiVersions(a: string, b: string): number {
  const ma = KUBE_VERSION.exec(a);
  const mb = KUBE_VERSION.exec(b);
  if (!ma || !mb) {
    if (ma) return -1;
    if (mb) return 1;
    return a.localeCompare(b);
  }
  const stability = (STABILITY_RANK[ma[2] ?? ""] ?? 0) - (STABILITY_RANK[mb[2] ?? ""] ?? 0);
  if (stability !== 0) return stability;
  const major = Number(mb[1]) - Number(ma[1]);
  if (major !== 0) return major;
  return Number(mb[3] ?? 0) - Number(ma[3] ?? 0);
}
