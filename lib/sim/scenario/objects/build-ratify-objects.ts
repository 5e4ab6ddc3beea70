import type { KubeObject } from "@/lib/sim/model";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { createAdmissionHelpers } from "./create-admission-helpers";
import type { WorkloadTemplate } from "./workload-template";

export const GATEKEEPER_NAMESPACE = "gatekeeper-system";

/** Ratify's two Gatekeeper constraints: every image signed (notation), and a passing vulnerability report. */
const CONSTRAINTS = [
  { kind: "RatifyVerification", name: "ratify-constraint" },
  { kind: "VulnerabilityReportValidation", name: "vulnerability-report-validation-constraint" },
] as const;

/**
 * Ratify behind Gatekeeper (`admission.ratify`): Gatekeeper's CRDs, the two ConstraintTemplates
 * Ratify ships and their constraints with enforcementAction deny, Ratify's external-data Provider,
 * and Ratify's CRDs with an ORAS Store, a notation Verifier and a vulnerabilityreport Verifier that
 * fails images whose SARIF report lists a critical finding. Gatekeeper's validating webhook has
 * failurePolicy Ignore, as Gatekeeper installs it.
 */
export function buildRatifyObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const objects: KubeObject[] = [];
  if (!spec.admission.ratify) return objects;
  const { caBundle, webhook } = createAdmissionHelpers({ context, objects });
  const created = createdBetween({ context, key: "ratify", fromDays: 5, toDays: 30 });
  const crd = (group: string, kind: string, plural: string, version: string) =>
    buildCrd({ factory, created, group, kind, plural, scope: "Cluster", versions: [version], storageVersion: version });
  const object = (apiVersion: string, kind: string, name: string, body: Record<string, unknown>): KubeObject => ({
    apiVersion,
    kind,
    metadata: { ...factory.meta({ kind, name, created }), generation: 1 },
    ...body,
  });
  objects.push(
    crd("templates.gatekeeper.sh", "ConstraintTemplate", "constrainttemplates", "v1"),
    crd("externaldata.gatekeeper.sh", "Provider", "providers", "v1beta1"),
    ...CONSTRAINTS.map((constraint) =>
      crd("constraints.gatekeeper.sh", constraint.kind, constraint.kind.toLowerCase(), "v1beta1"),
    ),
    ...CONSTRAINTS.map((constraint) =>
      object("templates.gatekeeper.sh/v1", "ConstraintTemplate", constraint.kind.toLowerCase(), {
        spec: {
          crd: { spec: { names: { kind: constraint.kind } } },
          targets: [{ target: "admission.k8s.gatekeeper.sh", rego: `package ${constraint.kind.toLowerCase()}\n` }],
        },
        status: { created: true },
      }),
    ),
    ...CONSTRAINTS.map((constraint) =>
      object("constraints.gatekeeper.sh/v1beta1", constraint.kind, constraint.name, {
        spec: {
          enforcementAction: "deny",
          match: { kinds: [{ apiGroups: [""], kinds: ["Pod"] }] },
        },
      }),
    ),
    object("externaldata.gatekeeper.sh/v1beta1", "Provider", "ratify-mutation-provider", {
      spec: { url: `https://ratify.${GATEKEEPER_NAMESPACE}:6001/ratify/gatekeeper/v1/verify`, timeout: 7, caBundle },
    }),
    crd("config.ratify.deislabs.io", "Verifier", "verifiers", "v1beta1"),
    crd("config.ratify.deislabs.io", "Store", "stores", "v1beta1"),
    crd("config.ratify.deislabs.io", "Policy", "policies", "v1beta1"),
    object("config.ratify.deislabs.io/v1beta1", "Store", "store-oras", {
      spec: { name: "oras", parameters: { cacheEnabled: true, ttl: 10 } },
      status: { issuccess: true },
    }),
    object("config.ratify.deislabs.io/v1beta1", "Verifier", "verifier-notation", {
      spec: {
        name: "notation",
        artifactTypes: "application/vnd.cncf.notary.signature",
        parameters: { verificationCertStores: { ca: { ca: ["gatekeeper-system/ratify-notation-inline-cert"] } } },
      },
      status: { issuccess: true },
    }),
    object("config.ratify.deislabs.io/v1beta1", "Verifier", "verifier-vulnerabilityreport", {
      spec: {
        name: "vulnerabilityreport",
        artifactTypes: "application/sarif+json",
        parameters: { maximumAge: "24h", disallowedSeverities: ["critical"] },
      },
      status: { issuccess: true },
    }),
  );
  webhook("ValidatingWebhookConfiguration", "gatekeeper-validating-webhook-configuration", created, [
    {
      name: "validation.gatekeeper.sh",
      clientConfig: {
        service: { name: "gatekeeper-webhook-service", namespace: GATEKEEPER_NAMESPACE, path: "/v1/admit", port: 443 },
        caBundle,
      },
      namespaceSelector: {
        matchExpressions: [{ key: "admission.gatekeeper.sh/ignore", operator: "DoesNotExist", values: [] }],
      },
      rules: [{ apiGroups: ["*"], apiVersions: ["*"], operations: ["CREATE", "UPDATE"], resources: ["*"], scope: "*" }],
      failurePolicy: "Ignore",
      sideEffects: "None",
      timeoutSeconds: 3,
    },
  ]);
  return objects;
}

/** Gatekeeper's controller manager and Ratify, both in gatekeeper-system. */
export function buildRatifyWorkloads({ context }: { context: ClusterBuildContext }): WorkloadTemplate[] {
  if (!context.spec.admission.ratify) return [];
  const created = createdBetween({ context, key: "ratify", fromDays: 5, toDays: 30 });
  const deployment = (name: string, image: string, replicas: number): WorkloadTemplate => ({
    kind: "Deployment",
    namespace: GATEKEEPER_NAMESPACE,
    name,
    serviceAccountName: name,
    replicas,
    created,
    labels: { "app.kubernetes.io/part-of": "gatekeeper" },
    pod: {
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        {
          name: "manager",
          image,
          securityContext: {
            allowPrivilegeEscalation: false,
            capabilities: { drop: ["ALL"] },
            readOnlyRootFilesystem: true,
          },
        },
      ],
    },
  });
  return [
    deployment("gatekeeper-controller-manager", "openpolicyagent/gatekeeper:v3.20.1", 3),
    deployment("ratify", "ghcr.io/notaryproject/ratify:v1.4.0", 1),
  ];
}
