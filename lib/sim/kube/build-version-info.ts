import { createHash } from "node:crypto";

// Go toolchain each Kubernetes minor was built with (release notes), for a plausible goVersion.
const GO_VERSIONS: Record<number, string> = {
  28: "go1.20.14",
  29: "go1.21.13",
  30: "go1.22.12",
  31: "go1.23.6",
  32: "go1.23.10",
  33: "go1.24.6",
  34: "go1.24.6",
};

export interface ParsedKubernetesVersion {
  major: number;
  minor: number;
}

/** "1.33.4" (or "v1.33.4", "1.33.4-eks-abc") → { major: 1, minor: 33 }; throws on anything else. */
export function parseKubernetesVersion({ version }: { version: string }): ParsedKubernetesVersion {
  const match = /^v?(\d+)\.(\d+)\.\d+/.exec(version);
  if (!match) throw new Error(`invalid kubernetesVersion "${version}": expected e.g. "1.33.4"`);
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** The /version document of a kube-apiserver of this version (k8s.io/apimachinery version.Info). */
export function buildVersionInfo({ version, platform }: { version: string; platform: string }): string {
  const { major, minor } = parseKubernetesVersion({ version });
  const gitVersion = version.startsWith("v") ? version : `v${version}`;
  // Emulation / compatibility versions are reported from 1.33 on.
  const compatibility =
    minor >= 33
      ? {
          emulationMajor: String(major),
          emulationMinor: String(minor),
          minCompatibilityMajor: String(major),
          minCompatibilityMinor: String(minor - 1),
        }
      : {};
  return JSON.stringify(
    {
      major: String(major),
      minor: String(minor),
      ...compatibility,
      gitVersion,
      gitCommit: createHash("sha1").update(gitVersion).digest("hex"),
      gitTreeState: "clean",
      buildDate: "2025-08-13T07:36:35Z",
      goVersion: GO_VERSIONS[minor] ?? "go1.24.6",
      compiler: "gc",
      platform,
    },
    null,
    2,
  );
}
