import { z } from "zod";
import type { KubeLabelSelector, KubeOwner } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

// Zod pieces shared by the mappers. Optional fields are `nullish` (the API omits or nulls them);
// a present field of the wrong type fails the object (see parseRawObject).

export const rawStrings = z.array(z.string()).nullish();
export const rawStringMap = z.record(z.string(), z.string()).nullish();
export const rawBoolean = z.boolean().nullish();
export const rawString = z.string().nullish();
export const rawNumber = z.number().nullish();

export const rawMetadata = z.object({
  name: z.string(),
  namespace: rawString,
  labels: rawStringMap,
  annotations: rawStringMap,
  creationTimestamp: rawString,
  ownerReferences: z.array(z.object({ kind: z.string(), name: z.string(), controller: rawBoolean })).nullish(),
});

export const rawLabelSelector = z.object({
  matchLabels: rawStringMap,
  matchExpressions: z.array(z.object({ key: z.string(), operator: z.string(), values: rawStrings })).nullish(),
});

export const rawAdmissionRule = z.object({
  operations: rawStrings,
  apiGroups: rawStrings,
  apiVersions: rawStrings,
  resources: rawStrings,
  scope: rawString,
});

export type RawMetadata = z.infer<typeof rawMetadata>;

/** The controller owner reference, else the first one. */
export function toOwner(metadata: RawMetadata): KubeOwner | null {
  const references = metadata.ownerReferences ?? [];
  const owner = references.find((reference) => reference.controller) ?? references[0];
  return owner ? { kind: owner.kind, name: owner.name } : null;
}

export function toLabelSelector(
  selector: z.infer<typeof rawLabelSelector> | null | undefined,
): KubeLabelSelector | null {
  if (!selector) return null;
  return {
    matchLabels: selector.matchLabels ?? {},
    matchExpressions: (selector.matchExpressions ?? []).map(({ key, operator, values }) => ({
      key,
      operator,
      values: values ?? [],
    })),
  };
}

export function toAdmissionRule(rule: z.infer<typeof rawAdmissionRule>) {
  return {
    operations: rule.operations ?? [],
    apiGroups: rule.apiGroups ?? [],
    apiVersions: rule.apiVersions ?? [],
    resources: rule.resources ?? [],
    scope: rule.scope ?? null,
  };
}
