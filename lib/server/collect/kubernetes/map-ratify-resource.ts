import { z } from "zod";
import type { RatifyResource } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawString, rawStrings } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawRatifyResource = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      name: rawString,
      type: rawString,
      artifactTypes: rawString,
      // Only the vulnerability gate's settings are read; trust policies, certificates and store credentials stay unread.
      parameters: z.object({ disallowedSeverities: rawStrings, passthrough: rawBoolean }).nullish(),
    })
    .nullish(),
  status: z.object({ issuccess: rawBoolean, brieferror: rawString }).nullish(),
});

/** A Ratify Verifier or Store: its plugin type, artifact types, state and the vulnerability verifier's gate settings. */
export function mapRatifyResource(raw: unknown, kind: RatifyResource["kind"]): MapResult<RatifyResource> {
  return parseRawObject({
    schema: rawRatifyResource,
    raw,
    build: ({ metadata, spec, status }) => ({
      kind,
      name: metadata.name,
      type: spec?.type || spec?.name || null,
      artifactTypes: (spec?.artifactTypes ?? "")
        .split(",")
        .map((type) => type.trim())
        .filter((type) => type !== ""),
      disallowedSeverities: spec?.parameters?.disallowedSeverities ?? [],
      isPassthrough: spec?.parameters?.passthrough ?? false,
      isSuccess: status?.issuccess ?? null,
      error: status?.brieferror ? status.brieferror.slice(0, 300) : null,
    }),
  });
}
