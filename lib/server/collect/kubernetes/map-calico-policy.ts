import { z } from "zod";
import type { ToolNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString, rawStrings } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawCalicoPolicy = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      selector: rawString,
      namespaceSelector: rawString,
      types: rawStrings,
      ingress: z.array(z.unknown()).nullish(),
      egress: z.array(z.unknown()).nullish(),
    })
    .nullish(),
});

type CalicoKind = Extract<ToolNetworkPolicy["kind"], `Calico${string}`>;

const isAll = (selector: string | null | undefined) => !selector?.trim() || selector.trim() === "all()";

/**
 * A Calico NetworkPolicy or GlobalNetworkPolicy (crd.projectcalico.org). Like a Kubernetes
 * NetworkPolicy, a policy that selects every endpoint and lists a type without rules for it
 * denies that direction; `types` defaults to Ingress, plus Egress when egress rules exist.
 */
export function mapCalicoPolicy(raw: unknown, kind: CalicoKind): MapResult<ToolNetworkPolicy> {
  return parseRawObject({
    schema: rawCalicoPolicy,
    raw,
    build: ({ metadata, spec }) => {
      const ingressRules = spec?.ingress?.length ?? 0;
      const egressRules = spec?.egress?.length ?? 0;
      const types = spec?.types ?? ["Ingress", ...(egressRules > 0 ? ["Egress"] : [])];
      const selectsAll =
        Boolean(spec) && isAll(spec?.selector) && (kind === "CalicoNetworkPolicy" || isAll(spec?.namespaceSelector));
      return {
        kind,
        namespace: kind === "CalicoNetworkPolicy" ? (metadata.namespace ?? "") : null,
        name: metadata.name,
        selectsAll,
        defaultDenyDirections: [
          ...(selectsAll && types.includes("Ingress") && ingressRules === 0 ? (["Ingress"] as const) : []),
          ...(selectsAll && types.includes("Egress") && egressRules === 0 ? (["Egress"] as const) : []),
        ],
      };
    },
  });
}
