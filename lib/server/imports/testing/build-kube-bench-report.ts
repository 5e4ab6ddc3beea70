import { CATALOG } from "@/lib/catalog/catalog";
import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import { TALOS_KUBE_BENCH_FALSE_POSITIVES, TALOS_WARN_FALSE_POSITIVES } from "../talos-false-positives";

// Builds a `kube-bench --json` report in kube-bench's own shape (Controls → tests → results) for the
// master and node targets of CIS 1.10, from the catalog's titles, with each result's status chosen
// by the caller. Used by unit, integration and e2e tests instead of a copied real report.

type KubeBenchStatus = "PASS" | "FAIL" | "WARN" | "INFO";

const TARGETS = [
  { id: "1", text: "Control Plane Security Configuration", nodeType: "master", sections: ["1.1", "1.2", "1.3", "1.4"] },
  { id: "4", text: "Worker Node Security Configuration", nodeType: "node", sections: ["4.1", "4.2", "4.3"] },
] as const;

function sectionOf(check: CheckDefinition): string {
  return check.cis!.id.split(".").slice(0, 2).join(".");
}

export function buildKubeBenchReport({
  statusOf,
  version = "cis-1.10",
}: {
  statusOf: (check: CheckDefinition) => KubeBenchStatus;
  version?: string;
}): unknown {
  const cisChecks = CATALOG.checks.filter((check) => check.cis);
  const totals = { total_pass: 0, total_fail: 0, total_warn: 0, total_info: 0 };
  const controls = TARGETS.map((target) => {
    const counts = { total_pass: 0, total_fail: 0, total_warn: 0, total_info: 0 };
    const tests = target.sections.map((section) => {
      const results = cisChecks
        .filter((check) => sectionOf(check) === section)
        .map((check) => {
          const status = statusOf(check);
          const key = `total_${status.toLowerCase()}` as keyof typeof counts;
          counts[key]++;
          totals[key]++;
          const isFile = section === "1.1" || section === "4.1";
          return {
            test_number: check.cis!.id,
            test_desc: `${/^(Verify|If|Ensure) /.test(check.title) ? "" : "Ensure that the "}${check.title} (${check.cis!.automated ? "Automated" : "Manual"})`,
            audit: isFile
              ? "stat -c permissions=%a /etc/kubernetes/manifests/kube-apiserver.yaml"
              : "/bin/ps -ef | grep kube-apiserver | grep -v grep",
            AuditEnv: "",
            AuditConfig: "",
            type: "",
            remediation: "Run the below command (based on the file location on your system) on the control plane node.",
            test_info: ["Run the below command on the node."],
            status,
            actual_value: isFile ? (status === "PASS" ? "permissions=600" : "permissions=644") : "",
            scored: check.cis!.automated,
            IsMultiple: false,
            expected_result: isFile ? "permissions has permissions 600, expected 600 or more restrictive" : "",
            reason: status === "FAIL" && isFile ? "stat: cannot statx: No such file or directory" : "",
          };
        });
      return {
        section,
        type: "",
        pass: results.filter((result) => result.status === "PASS").length,
        fail: results.filter((result) => result.status === "FAIL").length,
        warn: results.filter((result) => result.status === "WARN").length,
        info: results.filter((result) => result.status === "INFO").length,
        desc: section,
        results,
      };
    });
    return {
      id: target.id,
      version,
      detected_version: "1.31",
      text: target.text,
      node_type: target.nodeType,
      tests,
      ...counts,
    };
  });
  return { Controls: controls, Totals: totals };
}

/** What kube-bench reports on a kubeadm cluster: file checks answered on the node, two of them failing. */
export const KUBEADM_FAILING_FILE_CHECKS = ["cis.1.1.12", "cis.4.1.9"];

export function buildKubeadmKubeBenchReport(): unknown {
  return buildKubeBenchReport({
    statusOf: (check) =>
      KUBEADM_FAILING_FILE_CHECKS.includes(check.id) ? "FAIL" : check.cis!.automated ? "PASS" : "WARN",
  });
}

/** What kube-bench reports on Talos with the documented Job: the architectural false positives fail. */
export function buildTalosKubeBenchReport(): unknown {
  return buildKubeBenchReport({
    statusOf: (check) =>
      TALOS_WARN_FALSE_POSITIVES.includes(check.id)
        ? "WARN"
        : TALOS_KUBE_BENCH_FALSE_POSITIVES.has(check.id)
          ? "FAIL"
          : check.cis!.automated
            ? "PASS"
            : "WARN",
  });
}
