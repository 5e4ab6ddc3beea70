// Admission webhooks, ValidatingAdmissionPolicies and policy engines of the Kubernetes snapshot
// (re-exported by lib/server/collect/snapshot/kubernetes-snapshot.ts, which evaluators import).

export interface KubeLabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: { key: string; operator: string; values: string[] }[];
}

export interface KubeAdmissionRule {
  operations: string[];
  apiGroups: string[];
  apiVersions: string[];
  resources: string[];
  scope: string | null;
}

export interface KubeAdmissionWebhook {
  configurationName: string;
  name: string;
  /** The API defaults it to Fail (v1). */
  failurePolicy: string | null;
  sideEffects: string | null;
  timeoutSeconds: number | null;
  rules: KubeAdmissionRule[];
  namespaceSelector: KubeLabelSelector | null;
  objectSelector: KubeLabelSelector | null;
}

export interface KubeValidatingAdmissionPolicy {
  name: string;
  failurePolicy: string | null;
  validationCount: number;
  resourceRules: KubeAdmissionRule[];
}

export interface KubeValidatingAdmissionPolicyBinding {
  name: string;
  policyName: string;
  /** Deny, Warn, Audit. */
  validationActions: string[];
}

export interface KyvernoVerifyImages {
  imageReferences: string[];
  required: boolean | null;
  verifyDigest: boolean | null;
  mutateDigest: boolean | null;
  attestorCount: number;
  failureAction: string | null;
  /** Predicate types of the `attestations` it verifies (e.g. cosign's vuln predicate); absent when none. */
  attestationTypes?: string[];
}

export interface KyvernoRule {
  name: string;
  /** Per-rule `validate.failureAction` (Kyverno ≥ 1.13), overriding the policy's. */
  failureAction: string | null;
  hasValidate: boolean;
  verifyImages: KyvernoVerifyImages[];
  /** A `generate` rule: the kind it creates (e.g. a default-deny NetworkPolicy per namespace); absent otherwise. */
  generate?: { kind: string; synchronize: boolean | null; generateExisting: boolean | null };
  /** A validate rule whose context looks up Trivy Operator VulnerabilityReports (apiCall); absent otherwise. */
  readsVulnerabilityReports?: true;
}

export interface KyvernoPolicy {
  kind: "ClusterPolicy" | "Policy";
  namespace: string | null;
  name: string;
  /** Enforce or Audit (older policies: enforce/audit); Kyverno defaults to Audit. */
  validationFailureAction: string | null;
  background: boolean | null;
  rules: KyvernoRule[];
}

export interface SigstoreClusterImagePolicy {
  name: string;
  imageGlobs: string[];
  /** "enforce" (the default) or "warn". */
  mode: string;
  authorityCount: number;
  /** Predicate types the authorities' `attestations` verify (e.g. cosign's vuln predicate); absent when none. */
  attestationPredicateTypes?: string[];
}

export interface GatekeeperConstraint {
  kind: string;
  name: string;
  /** "deny" (the default), "dryrun" or "warn". */
  enforcementAction: string;
}
