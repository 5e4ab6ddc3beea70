import { IMMUTABILITY_CHECK } from "@/lib/catalog/checks/seed/immutability";
import type { KubeConfigMapSummary, KubeSecretSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { capList, describeList, errorEvidence } from "../cis/support/cis-verdict";
import { listNodeTargets } from "../node/list-node-targets";
import { readNodeTalosVersion } from "../node/read-node-talos-version";
import { listWorkloadContainers, type WorkloadContainer } from "./support/immutability-containers";
import { gitOpsEvidence } from "./support/gitops-evidence";

const check = IMMUTABILITY_CHECK;

/** At least this share of application containers read-only: WARN instead of FAIL. */
export const READ_ONLY_WARN_RATIO = 0.75;
/** Below this share of immutable application ConfigMaps and Secrets (when known), a PASS becomes WARN. */
export const IMMUTABLE_CONFIG_WARN_RATIO = 0.5;
const OFFENDER_LIMIT = 15;

/** Namespaces whose components belong to Kubernetes or the platform (the kube- prefix is reserved). */
const isSystemNamespace = (name: string) => name.startsWith("kube-");

/**
 * seed.immutability, scope cluster: immutability is a property of the whole workload estate, so one
 * finding carries the ratio and names the offending containers as evidence (up to 15), rather than
 * one finding per pod. Application containers (running pods outside kube-* namespaces, grouped by
 * workload and container) are counted: all readOnlyRootFilesystem: true → PASS; at least 75% → WARN;
 * fewer → FAIL; none running → NOT_APPLICABLE; pods unreadable → UNKNOWN, and an incomplete pod
 * list never PASSes. Informative parts: the share of immutable application ConfigMaps and Secrets
 * turns a PASS into WARN below 50%, counted over those whose flag is known: every ConfigMap (the
 * collector reads them whole), never a Secret (the API returns a Secret's `immutable` only with its
 * data, which Lotse never reads; the evidence says how many were not counted). The node OS (Talos:
 * read-only SquashFS root by design) and GitOps (Argo CD / Flux applying Git and reverting drift)
 * are evidence only.
 */
export const immutabilityEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const { pods, workloads } = context.snapshot.kubernetes;
    const finding = (status: CheckResult["status"], message: string, evidence: EvidenceItem[]): CheckResult[] => [
      { checkId: check.id, subject: { kind: "cluster" }, status, message, evidence },
    ];
    if (!pods.data) {
      return finding("UNKNOWN", "The pods could not be read.", errorEvidence(pods.errors));
    }
    const all = listWorkloadContainers(pods.data, workloads.data ?? []);
    const apps = all.filter((container) => !isSystemNamespace(container.namespace));
    const offenders = apps.filter((container) => !container.isReadOnly);
    const config = judgeConfigObjects(context);
    const evidence = [
      ...containerEvidence(apps, offenders, all.length - apps.length),
      config.evidence,
      nodeOsEvidence(context),
      ...[gitOpsEvidence(context)].filter((item) => item !== null),
      ...errorEvidence(pods.errors),
    ];
    if (apps.length === 0) {
      return finding(
        pods.errors.length > 0 ? "UNKNOWN" : "NOT_APPLICABLE",
        "No application containers run outside the kube-* namespaces, so there is nothing to judge.",
        evidence,
      );
    }
    const ratio = (apps.length - offenders.length) / apps.length;
    const share = `${apps.length - offenders.length} of ${apps.length} application containers`;
    if (offenders.length > 0) {
      const named = describeList(offenders.map(label), 3);
      return finding(
        ratio >= READ_ONLY_WARN_RATIO ? "WARN" : "FAIL",
        `Only ${share} (${Math.floor(ratio * 100)}%) have a read-only root filesystem; writable: ${named}.`,
        evidence,
      );
    }
    if (pods.errors.length > 0) {
      return finding("UNKNOWN", `All ${share} read are read-only, but the pod list is incomplete.`, evidence);
    }
    if (config.ratio !== null && config.ratio < IMMUTABLE_CONFIG_WARN_RATIO) {
      return finding(
        "WARN",
        `All ${apps.length} application containers have a read-only root filesystem, but only ${Math.floor(config.ratio * 100)}% of application ConfigMaps and Secrets (of those whose flag is known) are immutable.`,
        evidence,
      );
    }
    return finding("PASS", `All ${apps.length} application containers have a read-only root filesystem.`, evidence);
  },
};

function label(container: WorkloadContainer): string {
  return `${container.namespace}/${container.workload} (container ${container.container})`;
}

function containerEvidence(
  apps: WorkloadContainer[],
  offenders: WorkloadContainer[],
  systemCount: number,
): EvidenceItem[] {
  const { items, more } = capList(
    offenders.map((container) => `${label(container)}: ${container.setting === false ? "false" : "unset"}`),
    OFFENDER_LIMIT,
  );
  return [
    {
      source: "kubernetes.pods[*].containers[*].readOnlyRootFilesystem",
      value: { readOnly: apps.length - offenders.length, total: apps.length },
      note: `application containers, one per workload and container name; ${systemCount} in kube-* namespaces not judged`,
    },
    {
      source: "kubernetes.pods[readOnlyRootFilesystem != true]",
      value: items,
      note: more > 0 ? `${more} more not listed` : "writable root filesystems (unset means writable)",
    },
  ];
}

/**
 * Immutable share of the application ConfigMaps and Secrets whose flag is known (see the evaluator);
 * kube-root-ca.crt is managed by Kubernetes and skipped.
 */
function judgeConfigObjects(context: EvaluationContext): { ratio: number | null; evidence: EvidenceItem } {
  const { configMaps, secrets } = context.snapshot.kubernetes;
  const objects: (KubeConfigMapSummary | KubeSecretSummary)[] = [
    ...(configMaps.data ?? []).filter((configMap) => configMap.name !== "kube-root-ca.crt"),
    ...(secrets.data ?? []),
  ].filter((object) => !isSystemNamespace(object.namespace));
  const known = objects.filter((object) => object.immutable !== null);
  const unknown = objects.length - known.length;
  const source = "kubernetes.{configMaps,secrets}[*].immutable";
  const whyUnknown = "a Secret's flag comes only with its data, which Lotse never reads";
  if (known.length === 0) {
    const note =
      objects.length === 0
        ? "no application ConfigMaps or Secrets were read"
        : `unknown for all ${objects.length} application ConfigMaps and Secrets (${whyUnknown}; ConfigMaps not read whole)`;
    return { ratio: null, evidence: { source, value: null, note } };
  }
  const immutable = known.filter((object) => object.immutable === true).length;
  return {
    ratio: immutable / known.length,
    evidence: {
      source,
      value: { immutable, known: known.length },
      note: `below ${IMMUTABLE_CONFIG_WARN_RATIO * 100}% turns a PASS into WARN${unknown > 0 ? `; ${unknown} not counted, their flag unknown (${whyUnknown})` : ""}`,
    },
  };
}

function nodeOsEvidence(context: EvaluationContext): EvidenceItem {
  const { targets } = listNodeTargets(context);
  const talos = targets.filter((target) => target.kind === "talos" || target.kube.isTalos);
  if (talos.length > 0 && talos.length === targets.length) {
    const tags = [...new Set(talos.map((target) => readNodeTalosVersion(target)?.release.tag ?? "unknown"))];
    return {
      source: "talos.nodes[*].version.tag",
      value: tags,
      note: "Talos runs from a read-only SquashFS root filesystem by design: the node OS is immutable",
    };
  }
  const images = [...new Set(targets.map((target) => target.kube?.osImage ?? "unknown"))];
  return {
    source: "kubernetes.nodes[*].osImage",
    value: images,
    note: `node OS immutability is not visible through the Kubernetes API${talos.length > 0 ? ` (${describeList(talos.map((t) => t.name))} run Talos)` : ""}`,
  };
}
