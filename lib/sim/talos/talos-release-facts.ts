import type { TalosVersion } from "./talos-version";

interface ReleaseFacts {
  /** Short commit of the vX.Y.0 tag (siderolabs/talos). */
  sha: string;
  /** "Talos is built with Go …" from the release notes of vX.Y.0. */
  goVersion: string;
  /** constants.DefaultKubernetesVersion at vX.Y.0. */
  defaultKubernetesVersion: string;
}

// Read from the siderolabs/talos tags (v1.14: v1.14.0-rc.1).
const FACTS: Record<number, ReleaseFacts> = {
  10: { sha: "e6bd8304", goVersion: "go1.24.2", defaultKubernetesVersion: "1.33.0" },
  11: { sha: "d9d89a3a", goVersion: "go1.24.6", defaultKubernetesVersion: "1.34.0" },
  12: { sha: "ac91ade2", goVersion: "go1.25.5", defaultKubernetesVersion: "1.35.0" },
  13: { sha: "b9e9c657", goVersion: "go1.26.2", defaultKubernetesVersion: "1.36.0" },
  14: { sha: "7a84d742", goVersion: "go1.26.6", defaultKubernetesVersion: "1.37.0" },
};

/**
 * Build facts of a Talos release for the Version API. Patch releases get the minor's Go version and
 * a stand-in commit derived from the tag (the real patch commits are not modelled).
 */
export function getTalosReleaseFacts(version: TalosVersion): ReleaseFacts {
  const facts = FACTS[version.minor];
  if (!facts) throw new Error(`no release facts for Talos ${version.tag}`);
  if (version.patch === 0 && version.prerelease === "") return facts;
  let hash = 0x811c9dc5;
  for (const char of version.tag) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return { ...facts, sha: hash.toString(16).padStart(8, "0") };
}
