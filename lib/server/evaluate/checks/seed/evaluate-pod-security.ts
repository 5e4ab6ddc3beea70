import { POD_SECURITY_CHECK } from "@/lib/catalog/checks/seed/pod-security";
import type { KubeNamespace } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { errorEvidence } from "../cis/support/cis-verdict";
import { clusterResult, type SeedVerdict } from "./support/judge-api-servers";
import { judgeFalcoCoverage } from "./support/judge-falco-coverage";
import { readPodSecurityDefault, type PodSecurityDefault } from "./support/read-pod-security-default";
import { isSystemNamespace, SYSTEM_NAMESPACE_NOTE } from "./support/system-namespaces";

const check = POD_SECURITY_CHECK;
const LABEL = "pod-security.kubernetes.io/enforce";

function labelEvidence(namespace: KubeNamespace): EvidenceItem[] {
  const path = `kubernetes.namespaces[${namespace.name}].labels`;
  const { enforce, enforceVersion, audit, warn } = namespace.podSecurity;
  const evidence: EvidenceItem[] = [
    {
      source: `${path}["${LABEL}"]`,
      value: enforce,
      note: enforce === null ? "unset: the cluster default applies" : undefined,
    },
  ];
  if (enforceVersion !== null) evidence.push({ source: `${path}["${LABEL}-version"]`, value: enforceVersion });
  if (audit !== null || warn !== null) {
    evidence.push({
      source: `${path}["pod-security.kubernetes.io/{audit,warn}"]`,
      value: { audit, warn },
      note: "audit and warn only report; they admit every pod",
    });
  }
  return evidence;
}

/** The verdict for an enforced level; `origin` says where it comes from ("label" or "the cluster default"). */
function judgeLevel(name: string, level: string, origin: string, evidence: EvidenceItem[]): SeedVerdict {
  switch (level) {
    case "restricted":
      return { status: "PASS", message: `Namespace ${name} enforces restricted (${origin}).`, evidence };
    case "baseline":
      return {
        status: "WARN",
        message: `Namespace ${name} enforces baseline (${origin}), which still admits root containers and default capabilities: move it to restricted.`,
        evidence,
      };
    case "privileged":
      return {
        status: "FAIL",
        message: `Namespace ${name} enforces only privileged (${origin}), so it admits privileged and host-namespace pods.`,
        evidence,
      };
    default:
      return {
        status: "WARN",
        message: `Namespace ${name} sets an enforce level PSA does not know ("${level}", ${origin}): set privileged, baseline or restricted.`,
        evidence,
      };
  }
}

function judgeNamespace(namespace: KubeNamespace, clusterDefault: PodSecurityDefault): SeedVerdict {
  const { name } = namespace;
  const labels = labelEvidence(namespace);
  if (isSystemNamespace(name)) {
    return {
      status: "NOT_APPLICABLE",
      message: `${name} is a Kubernetes system namespace whose components need host access; it is not judged.`,
      evidence: [...labels, { source: `kubernetes.namespaces[${name}]`, value: name, note: SYSTEM_NAMESPACE_NOTE }],
    };
  }
  if (clusterDefault.state === "known") {
    const evidence = [...labels, ...clusterDefault.evidence];
    if (clusterDefault.isDisabled) {
      return {
        status: "FAIL",
        message: `PodSecurity admission is disabled on the API server, so nothing is enforced in ${name} whatever its labels say.`,
        evidence,
      };
    }
    if (clusterDefault.exemptNamespaces.includes(name)) {
      return {
        status: "FAIL",
        message: `Namespace ${name} is exempt from Pod Security Admission in the cluster's admission configuration, so any pod is admitted.`,
        evidence,
      };
    }
    if (namespace.podSecurity.enforce !== null)
      return judgeLevel(name, namespace.podSecurity.enforce, "label", evidence);
    return judgeLevel(name, clusterDefault.enforce, "the cluster default", evidence);
  }
  if (namespace.podSecurity.enforce !== null) {
    // Note: exemptions live in the same invisible configuration; a labelled namespace is judged by its label.
    const evidence = [
      ...labels,
      ...(clusterDefault.state === "not-visible" ? clusterDefault.evidence : errorEvidence(clusterDefault.errors)),
      {
        source: "admissionConfiguration.podSecurity.exemptions.namespaces",
        value: null,
        note: "not readable: assumed not to list this namespace",
      },
    ];
    return judgeLevel(name, namespace.podSecurity.enforce, "label", evidence);
  }
  if (clusterDefault.state === "not-visible") {
    return {
      status: "WARN",
      message: `Namespace ${name} has no enforce label and ${clusterDefault.reason}: label it to make its level explicit.`,
      evidence: [...labels, ...clusterDefault.evidence],
    };
  }
  return {
    status: "UNKNOWN",
    message: `Namespace ${name} has no enforce label and the cluster default is unknown: ${clusterDefault.reason}`,
    evidence: [...labels, ...errorEvidence(clusterDefault.errors)],
  };
}

/**
 * seed.pod-security, one finding per namespace. The enforced level is the namespace's
 * `pod-security.kubernetes.io/enforce` label, else the cluster default (Talos AdmissionControlConfig;
 * kubeadm without --admission-control-config-file: privileged). restricted → PASS; baseline → WARN
 * (it blocks known escalations but admits root and default capabilities: restricted is preferred);
 * privileged, an exempt namespace or a disabled PodSecurity plugin → FAIL. Unlabelled namespaces
 * whose default is not visible (a kubeadm config file, a managed provider) → WARN; whose default
 * could not be read → UNKNOWN. kube-* system namespaces → NOT_APPLICABLE. Namespaces unlisted → UNKNOWN.
 * Where Falco runs, one cluster finding on runtime detection: ready on every node with a rules
 * ConfigMap → PASS, else WARN (support/judge-falco-coverage).
 */
export const podSecurityEvaluator: CheckEvaluator = {
  check,
  evaluate: (context: EvaluationContext): CheckResult[] => {
    const { namespaces } = context.snapshot.kubernetes;
    if (!namespaces.data) {
      return [
        clusterResult(check, {
          status: "UNKNOWN",
          message: "The namespaces could not be listed, so their Pod Security levels are unknown.",
          evidence: errorEvidence(namespaces.errors),
        }),
      ];
    }
    const clusterDefault = readPodSecurityDefault(context);
    const results: CheckResult[] = namespaces.data.map((namespace) => ({
      checkId: check.id,
      subject: { kind: "namespace", name: namespace.name },
      ...judgeNamespace(namespace, clusterDefault),
    }));
    // Runtime detection (the talk's check 2 pairs admission with it): a finding only where Falco runs.
    const falco = judgeFalcoCoverage(context);
    if (falco) results.push(clusterResult(check, falco));
    if (namespaces.errors.length > 0) {
      results.push(
        clusterResult(check, {
          status: "UNKNOWN",
          message: "Some namespaces could not be listed; their Pod Security levels are not judged.",
          evidence: errorEvidence(namespaces.errors),
        }),
      );
    }
    return results;
  },
};
