import type { KubeObject } from "@/lib/sim/model";
import { INTERNAL_REGISTRY } from "./app-catalog";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { createAdmissionHelpers } from "./create-admission-helpers";
import { formatKubeTime } from "./object-factory";

const ACTION = { enforce: "Enforce", audit: "Audit" } as const;

/**
 * Kyverno as the API shows it: its CRDs, Pod Security ClusterPolicies with the scenario's
 * validationFailureAction, a `verifyImages` policy for the internal registry, and its webhooks.
 */
export function buildKyvernoObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const { admission } = spec;
  const objects: KubeObject[] = [];
  if (admission.kyverno === "off") return objects;
  const { caBundle, publicKey, webhook } = createAdmissionHelpers({ context, objects });
  const created = createdBetween({ context, key: "kyverno", fromDays: 5, toDays: 30 });
  const action = ACTION[admission.kyverno];
  objects.push(
    buildCrd({
      factory,
      created,
      group: "kyverno.io",
      kind: "ClusterPolicy",
      plural: "clusterpolicies",
      scope: "Cluster",
      versions: ["v1", "v2beta1"],
      storageVersion: "v1",
      shortNames: ["cpol"],
      categories: ["kyverno"],
    }),
    buildCrd({
      factory,
      created,
      group: "kyverno.io",
      kind: "Policy",
      plural: "policies",
      scope: "Namespaced",
      versions: ["v1", "v2beta1"],
      storageVersion: "v1",
      shortNames: ["pol"],
      categories: ["kyverno"],
    }),
  );
  const policy = (
    name: string,
    title: string,
    category: string,
    spec: Record<string, unknown>,
    ruleCount: Record<string, number>,
  ) =>
    objects.push({
      apiVersion: "kyverno.io/v1",
      kind: "ClusterPolicy",
      metadata: {
        ...factory.meta({
          kind: "ClusterPolicy",
          name,
          created,
          annotations: {
            "policies.kyverno.io/title": title,
            "policies.kyverno.io/category": category,
            "policies.kyverno.io/severity": "medium",
          },
        }),
        generation: 1,
      },
      spec: { background: true, ...spec },
      status: {
        ready: true,
        conditions: [
          {
            type: "Ready",
            status: "True",
            reason: "Succeeded",
            message: "Ready",
            lastTransitionTime: formatKubeTime({ time: created }),
          },
        ],
        rulecount: { generate: 0, mutate: 0, validate: 0, verifyimages: 0, ...ruleCount },
      },
    });
  const podRule = (name: string, message: string, pattern: Record<string, unknown>) => ({
    name,
    match: { any: [{ resources: { kinds: ["Pod"] } }] },
    validate: { message, pattern },
  });
  policy(
    "disallow-privileged-containers",
    "Disallow Privileged Containers",
    "Pod Security Standards (Baseline)",
    {
      validationFailureAction: action,
      rules: [
        podRule("privileged-containers", "Privileged mode is disallowed.", {
          spec: { containers: [{ "=(securityContext)": { "=(privileged)": "false" } }] },
        }),
      ],
    },
    { validate: 1 },
  );
  policy(
    "disallow-host-namespaces",
    "Disallow Host Namespaces",
    "Pod Security Standards (Baseline)",
    {
      validationFailureAction: action,
      rules: [
        podRule("host-namespaces", "Sharing the host namespaces is disallowed.", {
          spec: { "=(hostPID)": "false", "=(hostIPC)": "false", "=(hostNetwork)": "false" },
        }),
      ],
    },
    { validate: 1 },
  );
  policy(
    "require-run-as-nonroot",
    "Require runAsNonRoot",
    "Pod Security Standards (Restricted)",
    {
      validationFailureAction: action,
      rules: [
        podRule("run-as-non-root", "Running as root is not allowed.", {
          spec: { "=(securityContext)": { "=(runAsNonRoot)": "true" } },
        }),
      ],
    },
    { validate: 1 },
  );
  if (admission.verifyImages !== "off") {
    policy(
      "verify-image-signatures",
      "Verify Image Signatures",
      "Software Supply Chain Security",
      {
        validationFailureAction: ACTION[admission.verifyImages],
        webhookTimeoutSeconds: 30,
        rules: [
          {
            name: "verify-cosign-signature",
            match: { any: [{ resources: { kinds: ["Pod"] } }] },
            verifyImages: [
              {
                imageReferences: [`${INTERNAL_REGISTRY}/*`],
                mutateDigest: true,
                verifyDigest: true,
                required: true,
                attestors: [
                  {
                    count: 1,
                    entries: [
                      { keys: { publicKeys: publicKey, rekor: { ignoreTlog: true }, ctlog: { ignoreSCT: true } } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      { verifyimages: 1 },
    );
  }
  const kyvernoService = (path: string) => ({
    service: { name: "kyverno-svc", namespace: "kyverno", path, port: 443 },
    caBundle,
  });
  const notKyverno = {
    matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "NotIn", values: ["kyverno"] }],
  };
  const everything = [
    {
      apiGroups: ["*"],
      apiVersions: ["*"],
      operations: ["CREATE", "UPDATE", "DELETE", "CONNECT"],
      resources: ["*/*"],
      scope: "*",
    },
  ];
  webhook("ValidatingWebhookConfiguration", "kyverno-resource-validating-webhook-cfg", created, [
    {
      name: "validate.kyverno.svc-fail",
      clientConfig: kyvernoService("/validate/fail"),
      namespaceSelector: notKyverno,
      rules: everything,
    },
  ]);
  webhook("MutatingWebhookConfiguration", "kyverno-resource-mutating-webhook-cfg", created, [
    {
      name: "mutate.kyverno.svc-fail",
      clientConfig: kyvernoService("/mutate/fail"),
      namespaceSelector: notKyverno,
      rules: everything,
      reinvocationPolicy: "IfNeeded",
    },
  ]);
  if (admission.verifyImages !== "off") {
    webhook("MutatingWebhookConfiguration", "kyverno-verify-mutating-webhook-cfg", created, [
      {
        name: "monitor-webhooks.kyverno.svc",
        clientConfig: kyvernoService("/verifymutate"),
        rules: [
          {
            apiGroups: ["coordination.k8s.io"],
            apiVersions: ["v1"],
            operations: ["UPDATE"],
            resources: ["leases"],
            scope: "*",
          },
        ],
        failurePolicy: "Ignore",
      },
    ]);
  }
  return objects;
}
