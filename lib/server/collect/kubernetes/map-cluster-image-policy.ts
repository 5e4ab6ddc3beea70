import { z } from "zod";
import type { SigstoreClusterImagePolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawClusterImagePolicy = z.object({
  metadata: rawMetadata,
  spec: z.object({
    images: z.array(z.object({ glob: z.string() })).nullish(),
    mode: rawString,
    authorities: z.array(z.unknown()).nullish(),
  }),
});

/** A Sigstore policy-controller ClusterImagePolicy; `mode` defaults to "enforce" as the controller does. */
export function mapClusterImagePolicy(raw: unknown): MapResult<SigstoreClusterImagePolicy> {
  return parseRawObject({
    schema: rawClusterImagePolicy,
    raw,
    build: ({ metadata, spec }) => ({
      name: metadata.name,
      imageGlobs: (spec.images ?? []).map((image) => image.glob),
      mode: spec.mode || "enforce",
      authorityCount: spec.authorities?.length ?? 0,
    }),
  });
}
