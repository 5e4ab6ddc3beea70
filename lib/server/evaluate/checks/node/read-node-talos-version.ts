import type { EvidenceItem } from "../../evaluator-types";
import type { NodeTarget } from "./list-node-targets";

export interface TalosRelease {
  major: number;
  minor: number;
  patch: number;
  /** `rc.1`, `beta.0`, … or "" for a release. */
  prerelease: string;
  /** As read, e.g. `v1.13.2`. */
  tag: string;
}

export interface NodeTalosVersion {
  release: TalosRelease;
  /** The evidence the version was read from. */
  evidence: EvidenceItem;
}

/** Parses `v1.13.2`, `1.13.2` or `v1.14.0-rc.1`; null for anything else. */
export function parseTalosRelease(tag: string): TalosRelease | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?$/.exec(tag.trim());
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ?? "",
    tag: tag.trim(),
  };
}

/**
 * The node's Talos release: from the Talos Version API when it was read, else from the Kubernetes
 * node's osImage (`Talos (vX.Y.Z)`, Talos' PRETTY_NAME). null when neither tells.
 */
export function readNodeTalosVersion(target: NodeTarget): NodeTalosVersion | null {
  if (target.kind === "talos") {
    const tag = target.talos.version.data?.tag;
    const release = tag === undefined ? null : parseTalosRelease(tag);
    if (release) return { release, evidence: { source: `${target.path}.version.tag`, value: tag } };
  }
  const kube = target.kube;
  const fromImage = kube?.talosVersion ? parseTalosRelease(kube.talosVersion) : null;
  if (!kube || !fromImage) return null;
  return {
    release: fromImage,
    evidence: {
      source: `kubernetes.nodes[${kube.name}].osImage`,
      value: kube.osImage,
      note: "Talos version read from the Kubernetes node's OS image",
    },
  };
}

/** Orders releases; a pre-release sorts before its release (`v1.14.0-rc.1` < `v1.14.0`). */
export function compareTalosReleases(a: TalosRelease, b: TalosRelease): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === "") return 1;
  if (b.prerelease === "") return -1;
  return comparePrerelease(a.prerelease, b.prerelease);
}

function comparePrerelease(a: string, b: string): number {
  const left = a.split(".");
  const right = b.split(".");
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index];
    const y = right[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const isNumeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (isNumeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
}
