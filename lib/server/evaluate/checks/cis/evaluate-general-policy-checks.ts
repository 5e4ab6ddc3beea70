import type { KubeContainer, KubePod } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { SYSTEM_NAMESPACES } from "./evaluate-pod-security-checks";
import {
  capList,
  cisCheck,
  CLUSTER,
  describeList,
  namespaceSubject,
  toResult,
  unreadable,
  type Verdict,
} from "./support/cis-verdict";
import { readKubeletConfigs } from "./support/read-kubelet-configs";

function clusterCheck(
  cisId: string,
  judge: (context: EvaluationContext) => Verdict,
  manualViolation?: "FAIL",
): CheckEvaluator {
  const check = cisCheck(cisId);
  return {
    check,
    evaluate: (context) => [toResult({ check, subject: CLUSTER, verdict: judge(context), manualViolation })],
  };
}

const appPods = (pods: KubePod[]) => pods.filter((pod) => !pod.isMirror);

/** CIS 5.4.1 (Manual): Secrets as files. Container env is not collected, so only volume use is shown. */
export const secretsAsFilesEvaluator = clusterCheck("5.4.1", (context) => {
  const pods = context.snapshot.kubernetes.pods.data;
  if (!pods) return unreadable("The pods", context.snapshot.kubernetes.pods.errors);
  const withSecretVolumes = pods.filter((pod) => pod.volumes.some((volume) => volume.type === "secret"));
  return {
    state: "review",
    message:
      "Secret references in container environment variables are not collected: review env/envFrom for secretKeyRef.",
    evidence: [
      {
        source: "kubernetes.pods[*].volumes[type=secret]",
        value: withSecretVolumes.length,
        note: "pods that mount Secrets as files",
      },
      { source: "kubernetes.pods[*].containers[*].env", value: null, note: "not part of the snapshot" },
    ],
  };
});

const SECRET_STORES = /external-secrets\.io|secrets-store\.csi|vault|sealed-secrets|secrets\.hashicorp/;

/** CIS 5.4.2 (Manual): external secret storage, shown by its CRDs. */
export const externalSecretStorageEvaluator = clusterCheck("5.4.2", (context) => {
  const crds = context.snapshot.kubernetes.crds.data;
  if (!crds) return unreadable("The CRDs", context.snapshot.kubernetes.crds.errors);
  const stores = crds
    .filter((crd) => SECRET_STORES.test(crd.group) || SECRET_STORES.test(crd.name))
    .map((crd) => crd.name);
  return {
    state: "review",
    message:
      stores.length > 0
        ? `An external secret store is installed (${describeList(stores)}): review its use.`
        : "No external secret store CRD was found: consider one.",
    evidence: [{ source: "kubernetes.crds[secret stores]", value: stores }],
  };
});

/** CIS 5.7.1 (Manual): namespaces as administrative boundaries. */
export const namespaceBoundariesEvaluator = clusterCheck("5.7.1", (context) => {
  const namespaces = context.snapshot.kubernetes.namespaces.data;
  if (!namespaces) return unreadable("The namespaces", context.snapshot.kubernetes.namespaces.errors);
  const own = namespaces
    .map((namespace) => namespace.name)
    .filter((name) => !SYSTEM_NAMESPACES.has(name) && name !== "default");
  return {
    state: "review",
    message: `${own.length} namespace(s) besides the system ones: review that teams and applications are separated by them.`,
    evidence: [{ source: "kubernetes.namespaces", value: own }],
  };
});

function seccompType(container: KubeContainer, pod: KubePod): string | null {
  return container.seccompProfile?.type ?? pod.securityContext.seccompProfile?.type ?? null;
}

/**
 * CIS 5.7.2 (Manual): pods run with the runtime's default seccomp profile. An explicit Unconfined
 * is a FAIL; pods without a profile are covered only where the kubelet's seccompDefault is on.
 */
export const seccompProfileEvaluator = clusterCheck(
  "5.7.2",
  (context) => {
    const pods = context.snapshot.kubernetes.pods.data;
    if (!pods) return unreadable("The pods", context.snapshot.kubernetes.pods.errors);
    const unconfined: string[] = [];
    const unset: string[] = [];
    for (const pod of appPods(pods)) {
      const types = pod.containers.map((container) => seccompType(container, pod));
      if (types.includes("Unconfined")) unconfined.push(`${pod.namespace}/${pod.name}`);
      else if (types.includes(null)) unset.push(`${pod.namespace}/${pod.name}`);
    }
    const kubelets = readKubeletConfigs(context);
    const seccompDefault =
      kubelets.state === "known"
        ? Object.fromEntries(kubelets.views.map((view) => [view.name, view.config?.seccompDefault ?? null]))
        : null;
    const evidence: EvidenceItem[] = [
      { source: "kubernetes.pods[seccompProfile=Unconfined]", value: capList(unconfined).items },
      { source: "kubernetes.pods[seccompProfile unset]", value: capList(unset).items, note: `${unset.length} pod(s)` },
      { source: "kubelets[*].seccompDefault", value: seccompDefault },
    ];
    if (unconfined.length > 0) {
      return {
        state: "violated",
        message: `${unconfined.length} pod(s) run seccomp Unconfined: ${describeList(unconfined)}.`,
        evidence,
      };
    }
    const isDefaultEverywhere =
      seccompDefault !== null && Object.values(seccompDefault).every((value) => value === true);
    return {
      state: "compliant",
      message:
        unset.length === 0
          ? "Every pod sets a RuntimeDefault or Localhost seccomp profile."
          : isDefaultEverywhere
            ? `${unset.length} pod(s) set no profile, and every kubelet applies RuntimeDefault to them (seccompDefault).`
            : `${unset.length} pod(s) set no seccomp profile and not every kubelet enables seccompDefault: they may run Unconfined.`,
      evidence,
    };
  },
  "FAIL",
);

/** CIS 5.7.3 (Manual): security contexts on pods and containers, summed up for review. */
export const securityContextEvaluator = clusterCheck("5.7.3", (context) => {
  const pods = context.snapshot.kubernetes.pods.data;
  if (!pods) return unreadable("The pods", context.snapshot.kubernetes.pods.errors);
  const containers = appPods(pods).flatMap((pod) => pod.containers.map((container) => ({ pod, container })));
  const count = (test: (c: KubeContainer, p: KubePod) => boolean) =>
    containers.filter(({ container, pod }) => test(container, pod)).length;
  const summary = {
    containers: containers.length,
    runAsNonRoot: count((c, p) => (c.runAsNonRoot ?? p.securityContext.runAsNonRoot) === true),
    allowPrivilegeEscalationFalse: count((c) => c.allowPrivilegeEscalation === false),
    readOnlyRootFilesystem: count((c) => c.readOnlyRootFilesystem === true),
    dropAll: count((c) => c.capabilitiesDrop.includes("ALL")),
  };
  return {
    state: "review",
    message: `Of ${summary.containers} containers, ${summary.runAsNonRoot} run as non-root, ${summary.allowPrivilegeEscalationFalse} forbid privilege escalation, ${summary.readOnlyRootFilesystem} have a read-only root filesystem and ${summary.dropAll} drop all capabilities: review the rest.`,
    evidence: [{ source: "kubernetes.pods[*].containers[*].securityContext", value: summary }],
  };
});

const defaultNamespaceCheck = cisCheck("5.7.4");

/** CIS 5.7.4 (Manual): nothing runs in the default namespace (FAIL when pods or workloads do). */
export const defaultNamespaceEvaluator: CheckEvaluator = {
  check: defaultNamespaceCheck,
  evaluate: (context): CheckResult[] => {
    const { pods, workloads } = context.snapshot.kubernetes;
    if (!pods.data || !workloads.data) {
      return [
        toResult({
          check: defaultNamespaceCheck,
          subject: namespaceSubject("default"),
          verdict: unreadable("The pods and workloads", [...pods.errors, ...workloads.errors]),
        }),
      ];
    }
    const used = [
      ...appPods(pods.data)
        .filter((pod) => pod.namespace === "default")
        .map((pod) => `Pod/${pod.name}`),
      ...workloads.data.filter((workload) => workload.namespace === "default").map((w) => `${w.kind}/${w.name}`),
    ];
    const evidence = [{ source: "kubernetes.pods+workloads[namespace=default]", value: capList(used).items }];
    const isComplete = pods.errors.length === 0 && workloads.errors.length === 0;
    const verdict: Verdict =
      used.length > 0
        ? { state: "violated", message: `The default namespace is in use: ${describeList(used)}.`, evidence }
        : isComplete
          ? { state: "compliant", message: "No pod or workload runs in the default namespace.", evidence }
          : unreadable("Some pods or workloads", [...pods.errors, ...workloads.errors]);
    return [
      toResult({
        check: defaultNamespaceCheck,
        subject: namespaceSubject("default"),
        verdict,
        manualViolation: "FAIL",
      }),
    ];
  },
};
