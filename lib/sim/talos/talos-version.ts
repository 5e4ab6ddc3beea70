/** A parsed Talos release version, e.g. `v1.12.3` or `v1.14.0-rc.1`. */
export interface TalosVersion {
  major: number;
  minor: number;
  patch: number;
  /** `rc.1`, `beta.0`, … or empty for a release. */
  prerelease: string;
  /** Canonical tag as Talos reports it: `v1.12.3`. */
  tag: string;
}

/** The Talos minors whose defaults the simulator models (reference/talos-api.md §3–§4). */
export const SUPPORTED_TALOS_MINORS = [10, 11, 12, 13, 14] as const;

/**
 * Parses `1.12`, `1.12.3`, `v1.12.3` or `v1.14.0-rc.1`.
 * Throws for anything else, or for a minor outside SUPPORTED_TALOS_MINORS.
 */
export function parseTalosVersion(input: string): TalosVersion {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.]+))?$/.exec(input.trim());
  if (!match) throw new Error(`invalid Talos version ${JSON.stringify(input)}`);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const patch = Number(match[3] ?? "0");
  const prerelease = match[4] ?? "";
  if (major !== 1 || !(SUPPORTED_TALOS_MINORS as readonly number[]).includes(minor)) {
    throw new Error(`Talos ${input} is not modelled (supported: v1.10 to v1.14)`);
  }
  const tag = `v${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}`;
  return { major, minor, patch, prerelease, tag };
}

/** True when `version` is at or after `minor.patch` of Talos 1.x (pre-releases count as that release). */
export function isTalosAtLeast(version: TalosVersion, minor: number, patch = 0): boolean {
  if (version.minor !== minor) return version.minor > minor;
  return version.patch >= patch;
}

/** Parses a Kubernetes version (`1.35.0`, `v1.35.0`) into numbers. */
export function parseKubernetesVersion(input: string): { major: number; minor: number; patch: number; text: string } {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.]+)?$/.exec(input.trim());
  if (!match) throw new Error(`invalid Kubernetes version ${JSON.stringify(input)}`);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const patch = Number(match[3]);
  return { major, minor, patch, text: `${major}.${minor}.${patch}${match[4] ?? ""}` };
}
