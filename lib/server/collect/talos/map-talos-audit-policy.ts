import { z } from "zod";
import type { TalosAuditPolicy } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawString, rawStrings } from "./talos-raw-schemas";

const MAX_POLICY_JSON_CHARS = 64 * 1024;

const schema = z.object({
  config: z
    .object({
      apiVersion: rawString,
      kind: rawString,
      rules: z.array(z.looseObject({ level: rawString })).nullish(),
      omitStages: rawStrings,
    })
    .loose()
    .nullish(),
});

/** AuditPolicyConfig (reference §3.8): the kube-apiserver audit Policy (Talos' default: one `Metadata` rule). */
export function mapTalosAuditPolicy({ spec }: { spec: unknown }): TalosAuditPolicy {
  const parsed = parseTalosSpec({ schema, value: spec, what: "AuditPolicyConfig" });
  const policy = parsed.config ?? null;
  return {
    apiVersion: policy?.apiVersion ?? null,
    kind: policy?.kind ?? null,
    ruleLevels: (policy?.rules ?? []).map((rule) => rule.level ?? ""),
    omitStages: policy?.omitStages ?? [],
    policy: policy && JSON.stringify(policy).length <= MAX_POLICY_JSON_CHARS ? policy : null,
  };
}
