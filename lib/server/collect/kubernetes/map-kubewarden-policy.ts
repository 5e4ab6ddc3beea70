import { z } from "zod";
import type { KubewardenPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawKubewardenPolicy = z.object({
  metadata: rawMetadata,
  spec: z.object({ module: rawString, mode: rawString }).nullish(),
  status: z.object({ policyStatus: rawString }).nullish(),
});

/** A Kubewarden (Cluster)AdmissionPolicy: module, mode (default protect) and status; its settings are not kept. */
export function mapKubewardenPolicy(raw: unknown, kind: KubewardenPolicy["kind"]): MapResult<KubewardenPolicy> {
  return parseRawObject({
    schema: rawKubewardenPolicy,
    raw,
    build: ({ metadata, spec, status }) => ({
      kind,
      namespace: kind === "AdmissionPolicy" ? (metadata.namespace ?? "") : null,
      name: metadata.name,
      module: spec?.module ?? null,
      mode: spec?.mode || "protect",
      policyStatus: status?.policyStatus ?? null,
    }),
  });
}
