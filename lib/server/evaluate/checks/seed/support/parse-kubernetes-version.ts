export interface KubernetesRelease {
  major: number;
  minor: number;
  patch: number;
  /** As read, e.g. `v1.36.1` or `v1.36.1-eks-4f4795d`. */
  tag: string;
}

/** Parses `v1.36.1`, `1.36.1`, `v1.36.1+k3s1`, `v1.36.1-eks-…`; null for anything else. */
export function parseKubernetesVersion(text: string | null): KubernetesRelease | null {
  if (text === null) return null;
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), tag: text.trim() };
}
