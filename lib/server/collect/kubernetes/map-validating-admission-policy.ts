import { z } from "zod";
import type {
  KubeValidatingAdmissionPolicy,
  KubeValidatingAdmissionPolicyBinding,
} from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawAdmissionRule, rawMetadata, rawString, rawStrings, toAdmissionRule } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawPolicy = z.object({
  metadata: rawMetadata,
  spec: z.object({
    failurePolicy: rawString,
    validations: z.array(z.unknown()).nullish(),
    matchConstraints: z.object({ resourceRules: z.array(rawAdmissionRule).nullish() }).nullish(),
  }),
});

const rawBinding = z.object({
  metadata: rawMetadata,
  spec: z.object({ policyName: z.string(), validationActions: rawStrings }),
});

export function mapValidatingAdmissionPolicy(raw: unknown): MapResult<KubeValidatingAdmissionPolicy> {
  return parseRawObject({
    schema: rawPolicy,
    raw,
    build: ({ metadata, spec }) => ({
      name: metadata.name,
      failurePolicy: spec.failurePolicy ?? null,
      validationCount: spec.validations?.length ?? 0,
      resourceRules: (spec.matchConstraints?.resourceRules ?? []).map(toAdmissionRule),
    }),
  });
}

export function mapValidatingAdmissionPolicyBinding(raw: unknown): MapResult<KubeValidatingAdmissionPolicyBinding> {
  return parseRawObject({
    schema: rawBinding,
    raw,
    build: ({ metadata, spec }) => ({
      name: metadata.name,
      policyName: spec.policyName,
      validationActions: spec.validationActions ?? [],
    }),
  });
}
