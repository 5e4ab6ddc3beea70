import { z } from "zod";
import type { KubeAdmissionWebhook } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  rawAdmissionRule,
  rawLabelSelector,
  rawMetadata,
  rawNumber,
  rawString,
  toAdmissionRule,
  toLabelSelector,
} from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawWebhookConfiguration = z.object({
  metadata: rawMetadata,
  webhooks: z
    .array(
      z.object({
        name: z.string(),
        failurePolicy: rawString,
        sideEffects: rawString,
        timeoutSeconds: rawNumber,
        rules: z.array(rawAdmissionRule).nullish(),
        namespaceSelector: rawLabelSelector.nullish(),
        objectSelector: rawLabelSelector.nullish(),
      }),
    )
    .nullish(),
});

/** The webhooks of a Validating- or MutatingWebhookConfiguration (client configs and CA bundles left out). */
export function mapAdmissionWebhooks(raw: unknown): MapResult<KubeAdmissionWebhook[]> {
  return parseRawObject({
    schema: rawWebhookConfiguration,
    raw,
    build: ({ metadata, webhooks }) =>
      (webhooks ?? []).map((webhook) => ({
        configurationName: metadata.name,
        name: webhook.name,
        failurePolicy: webhook.failurePolicy ?? null,
        sideEffects: webhook.sideEffects ?? null,
        timeoutSeconds: webhook.timeoutSeconds ?? null,
        rules: (webhook.rules ?? []).map(toAdmissionRule),
        namespaceSelector: toLabelSelector(webhook.namespaceSelector),
        objectSelector: toLabelSelector(webhook.objectSelector),
      })),
  });
}
