import { z } from "zod";
import type { KyvernoPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawString, rawStrings } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawVerifyImages = z.object({
  imageReferences: rawStrings,
  // Kyverno < 1.8 named a single reference `image`.
  image: rawString,
  required: rawBoolean,
  verifyDigest: rawBoolean,
  mutateDigest: rawBoolean,
  attestors: z.array(z.unknown()).nullish(),
  failureAction: rawString,
  // Kyverno ≥ 1.9 names the predicate `type`; older policies `predicateType`.
  attestations: z.array(z.object({ type: rawString, predicateType: rawString })).nullish(),
});

const rawKyvernoPolicy = z.object({
  metadata: rawMetadata,
  spec: z.object({
    validationFailureAction: rawString,
    background: rawBoolean,
    rules: z
      .array(
        z.object({
          name: z.string(),
          validate: z.object({ failureAction: rawString }).nullish(),
          verifyImages: z.array(rawVerifyImages).nullish(),
          generate: z.object({ kind: rawString, synchronize: rawBoolean, generateExisting: rawBoolean }).nullish(),
          context: z.array(z.object({ apiCall: z.object({ urlPath: rawString }).nullish() })).nullish(),
        }),
      )
      .nullish(),
  }),
});

/** A Kyverno ClusterPolicy or Policy: actions, rule names, image verification (with attestations), generate rules and vulnerability-report lookups. */
export function mapKyvernoPolicy(raw: unknown, kind: KyvernoPolicy["kind"]): MapResult<KyvernoPolicy> {
  return parseRawObject({
    schema: rawKyvernoPolicy,
    raw,
    build: ({ metadata, spec }) => ({
      kind,
      namespace: metadata.namespace ?? null,
      name: metadata.name,
      validationFailureAction: spec.validationFailureAction ?? null,
      background: spec.background ?? null,
      rules: (spec.rules ?? []).map((rule) => ({
        name: rule.name,
        failureAction: rule.validate?.failureAction ?? null,
        hasValidate: Boolean(rule.validate),
        verifyImages: (rule.verifyImages ?? []).map((verify) => {
          const attestationTypes = (verify.attestations ?? []).flatMap((attestation) => {
            const type = attestation.type ?? attestation.predicateType;
            return type ? [type] : [];
          });
          return {
            imageReferences: verify.imageReferences ?? (verify.image ? [verify.image] : []),
            required: verify.required ?? null,
            verifyDigest: verify.verifyDigest ?? null,
            mutateDigest: verify.mutateDigest ?? null,
            attestorCount: verify.attestors?.length ?? 0,
            failureAction: verify.failureAction ?? null,
            ...(attestationTypes.length > 0 ? { attestationTypes } : {}),
          };
        }),
        ...(rule.generate?.kind
          ? {
              generate: {
                kind: rule.generate.kind,
                synchronize: rule.generate.synchronize ?? null,
                generateExisting: rule.generate.generateExisting ?? null,
              },
            }
          : {}),
        ...(rule.validate &&
        (rule.context ?? []).some((entry) => /\/vulnerabilityreports\b/.test(entry.apiCall?.urlPath ?? ""))
          ? { readsVulnerabilityReports: true as const }
          : {}),
      })),
    }),
  });
}
