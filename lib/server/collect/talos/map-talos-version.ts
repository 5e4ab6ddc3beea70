import type { TalosNodeVersion } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { TalosVersionInfo } from "./parse-version-reply";

/** The Version API answer as the snapshot keeps it, with the minor version parsed for evaluators. */
export function mapTalosVersion({ version }: { version: TalosVersionInfo }): TalosNodeVersion {
  return {
    tag: version.tag,
    minor: readTalosMinor({ tag: version.tag }),
    sha: version.sha,
    goVersion: version.goVersion,
    os: version.os,
    arch: version.arch,
    platform: version.platform ?? null,
  };
}

/** 12 for `v1.12.4` (or `1.12.0-beta.1`); null when the tag is not a Talos 1.x version. */
export function readTalosMinor({ tag }: { tag: string }): number | null {
  const match = /^v?1\.(\d+)(?:\.|$|-)/.exec(tag.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}
