import { z } from "zod";
import type { KubeRole } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawStrings } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawRole = z.object({
  metadata: rawMetadata,
  rules: z
    .array(
      z.object({
        apiGroups: rawStrings,
        resources: rawStrings,
        verbs: z.array(z.string()),
        resourceNames: rawStrings,
        nonResourceURLs: rawStrings,
      }),
    )
    .nullish(),
  aggregationRule: z.unknown().optional(),
});

/** A Role or ClusterRole (its namespace is then null). */
export function mapRole(raw: unknown): MapResult<KubeRole> {
  return parseRawObject({
    schema: rawRole,
    raw,
    build: ({ metadata, rules, aggregationRule }) => ({
      name: metadata.name,
      namespace: metadata.namespace ?? null,
      labels: metadata.labels ?? {},
      rules: (rules ?? []).map((rule) => ({
        apiGroups: rule.apiGroups ?? [],
        resources: rule.resources ?? [],
        verbs: rule.verbs,
        resourceNames: rule.resourceNames ?? [],
        nonResourceURLs: rule.nonResourceURLs ?? [],
      })),
      hasAggregationRule: aggregationRule !== undefined && aggregationRule !== null,
    }),
  });
}
