import { z } from "zod";
import type { KastenPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawKastenPolicy = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      frequency: rawString,
      paused: rawBoolean,
      actions: z.array(z.object({ action: rawString })).nullish(),
    })
    .nullish(),
  status: z.object({ validation: rawString }).nullish(),
});

/** A Kasten K10 Policy without its runs (see summarizeKastenPolicies, which adds them); selectors and profiles are not kept. */
export function mapKastenPolicy(
  raw: unknown,
): MapResult<Omit<KastenPolicy, "latestRun" | "latestSuccessfulRun" | "runCount">> {
  return parseRawObject({
    schema: rawKastenPolicy,
    raw,
    build: ({ metadata, spec, status }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      frequency: spec?.frequency ?? null,
      paused: spec?.paused ?? false,
      actions: (spec?.actions ?? []).flatMap((entry) => (entry.action ? [entry.action] : [])),
      validation: status?.validation ?? null,
    }),
  });
}
