import { z } from "zod";
import type { KubeNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawLabelSelector, rawMetadata, rawStrings } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawNetworkPolicy = z.object({
  metadata: rawMetadata,
  spec: z.object({
    podSelector: rawLabelSelector.nullish(),
    policyTypes: rawStrings,
    ingress: z.array(z.unknown()).nullish(),
    egress: z.array(z.unknown()).nullish(),
  }),
});

/**
 * A NetworkPolicy reduced to what default-deny checks need. An empty rule (`ingress: [{}]`)
 * allows everything, so only a policy with no rules at all for a direction denies it.
 */
export function mapNetworkPolicy(raw: unknown): MapResult<KubeNetworkPolicy> {
  return parseRawObject({
    schema: rawNetworkPolicy,
    raw,
    build: ({ metadata, spec }) => {
      const selector = spec.podSelector;
      const isPodSelectorEmpty =
        Object.keys(selector?.matchLabels ?? {}).length === 0 && (selector?.matchExpressions ?? []).length === 0;
      const ingressRuleCount = spec.ingress?.length ?? 0;
      const egressRuleCount = spec.egress?.length ?? 0;
      // The API server defaults policyTypes on write; this is its rule, for objects that lack them.
      const policyTypes = spec.policyTypes ?? ["Ingress", ...(egressRuleCount > 0 ? ["Egress"] : [])];
      return {
        namespace: metadata.namespace ?? "",
        name: metadata.name,
        isPodSelectorEmpty,
        policyTypes,
        ingressRuleCount,
        egressRuleCount,
        isDefaultDenyIngress: isPodSelectorEmpty && policyTypes.includes("Ingress") && ingressRuleCount === 0,
        isDefaultDenyEgress: isPodSelectorEmpty && policyTypes.includes("Egress") && egressRuleCount === 0,
      };
    },
  });
}
