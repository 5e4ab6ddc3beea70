import { z } from "zod";
import type { ToolNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawLabelSelector, rawMetadata } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawRules = z.array(z.record(z.string(), z.unknown())).nullish();

const rawCiliumPolicy = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      endpointSelector: rawLabelSelector.nullish(),
      ingress: rawRules,
      egress: rawRules,
      enableDefaultDeny: z.object({ ingress: rawBoolean, egress: rawBoolean }).nullish(),
    })
    .nullish(),
});

type CiliumKind = Extract<ToolNetworkPolicy["kind"], `Cilium${string}`>;

/**
 * A CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy. Cilium puts every endpoint a policy
 * selects into default deny for each direction the policy has a section for; a section whose rules
 * are all empty (`ingress: [{}]`) allows nothing, so it denies that direction outright. Policies
 * written as `specs` (a list) are counted but not judged as default deny.
 */
export function mapCiliumPolicy(raw: unknown, kind: CiliumKind): MapResult<ToolNetworkPolicy> {
  return parseRawObject({
    schema: rawCiliumPolicy,
    raw,
    build: ({ metadata, spec }) => {
      const selector = spec?.endpointSelector;
      const selectsAll =
        Boolean(spec) &&
        selector !== null &&
        selector !== undefined &&
        Object.keys(selector.matchLabels ?? {}).length === 0 &&
        (selector.matchExpressions ?? []).length === 0;
      const denies = (rules: z.infer<typeof rawRules>, isEnabled: boolean | null | undefined) =>
        selectsAll &&
        isEnabled !== false &&
        Array.isArray(rules) &&
        rules.every((rule) => Object.keys(rule).length === 0);
      return {
        kind,
        namespace: kind === "CiliumNetworkPolicy" ? (metadata.namespace ?? "") : null,
        name: metadata.name,
        selectsAll,
        defaultDenyDirections: [
          ...(denies(spec?.ingress, spec?.enableDefaultDeny?.ingress) ? (["Ingress"] as const) : []),
          ...(denies(spec?.egress, spec?.enableDefaultDeny?.egress) ? (["Egress"] as const) : []),
        ],
      };
    },
  });
}
