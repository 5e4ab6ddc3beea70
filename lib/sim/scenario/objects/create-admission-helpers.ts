import type { KubeObject } from "@/lib/sim/model";
import { hashHex } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";

/**
 * What the admission builders share: the webhook CA bundle, the cosign public key images are
 * signed with, and a writer for (Validating|Mutating)WebhookConfigurations with the API
 * server's defaults and the scenario's failure policy.
 */
export function createAdmissionHelpers({ context, objects }: { context: ClusterBuildContext; objects: KubeObject[] }) {
  const { spec, factory } = context;
  const { admission } = spec;
  const caBundle = Buffer.from(
    `-----BEGIN CERTIFICATE-----\n${hashHex({ key: `webhook-ca:${spec.seed}`, length: 32 })}\n-----END CERTIFICATE-----\n`,
  ).toString("base64");
  const publicKey = `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${hashHex({ key: `cosign:${spec.site}`, length: 32 })}\n-----END PUBLIC KEY-----`;
  const webhook = (
    kind: "ValidatingWebhookConfiguration" | "MutatingWebhookConfiguration",
    name: string,
    created: Date,
    hooks: Record<string, unknown>[],
  ) =>
    objects.push({
      apiVersion: "admissionregistration.k8s.io/v1",
      kind,
      metadata: factory.meta({ kind, name, created }),
      webhooks: hooks.map((hook) => ({
        admissionReviewVersions: ["v1"],
        sideEffects: "NoneOnDryRun",
        timeoutSeconds: 10,
        matchPolicy: "Equivalent",
        failurePolicy: admission.webhookFailurePolicy,
        ...hook,
      })),
    });

  return { caBundle, publicKey, webhook };
}
