import { z } from "zod";
import type { SigstoreClusterImagePolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawClusterImagePolicy = z.object({
  metadata: rawMetadata,
  spec: z.object({
    images: z.array(z.object({ glob: z.string() })).nullish(),
    mode: rawString,
    authorities: z
      .array(z.object({ attestations: z.array(z.object({ predicateType: rawString })).nullish() }).loose())
      .nullish(),
  }),
});

/** A Sigstore policy-controller ClusterImagePolicy with its attestation predicate types; `mode` defaults to "enforce" as the controller does. */
export function mapClusterImagePolicy(raw: unknown): MapResult<SigstoreClusterImagePolicy> {
  return parseRawObject({
    schema: rawClusterImagePolicy,
    raw,
    build: ({ metadata, spec }) => {
      const predicateTypes = (spec.authorities ?? []).flatMap((authority) =>
        (authority.attestations ?? []).flatMap((attestation) =>
          attestation.predicateType ? [attestation.predicateType] : [],
        ),
      );
      return {
        name: metadata.name,
        imageGlobs: (spec.images ?? []).map((image) => image.glob),
        mode: spec.mode || "enforce",
        authorityCount: spec.authorities?.length ?? 0,
        ...(predicateTypes.length > 0 ? { attestationPredicateTypes: predicateTypes } : {}),
      };
    },
  });
}
