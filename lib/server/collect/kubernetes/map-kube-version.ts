import { z } from "zod";
import type { KubeVersionInfo } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawVersion = z.object({
  gitVersion: z.string(),
  major: z.string(),
  minor: z.string(),
  platform: z.string().nullish(),
});

/** The /version document. */
export function mapKubeVersion(raw: unknown): MapResult<KubeVersionInfo> {
  return parseRawObject({
    schema: rawVersion,
    raw,
    build: ({ gitVersion, major, minor, platform }) => {
      // Managed distributions report e.g. "33+".
      const digits = /^(\d+)\+?$/.exec(minor)?.[1];
      return { gitVersion, major, minor, minorNumber: digits ? Number(digits) : null, platform: platform ?? null };
    },
  });
}
