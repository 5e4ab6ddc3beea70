import type { GitOpsApplication } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

export function describeGitOps(applications: readonly GitOpsApplication[]): {
  tool: string;
  selfHealing: number;
  notReady: GitOpsApplication[];
} {
  const isArgo = applications.some((application) => application.kind === "Application");
  const isFlux = applications.some((application) => application.kind !== "Application");
  return {
    tool: isArgo && isFlux ? "Argo CD and Flux" : isArgo ? "Argo CD" : "Flux",
    selfHealing: applications.filter((application) => application.selfHeal === true).length,
    notReady: applications.filter((application) => application.isReady === false),
  };
}

/**
 * Informative evidence for "replace, not modify": GitOps controllers that apply Git automatically
 * and revert drift (Argo CD selfHeal, Flux Kustomizations), and what is out of sync. It shows how
 * changes reach the cluster; it does not make a container's filesystem read-only, so it never
 * decides the status. Null when neither Argo CD nor Flux is installed.
 */
export function gitOpsEvidence({ snapshot }: Pick<EvaluationContext, "snapshot">): EvidenceItem | null {
  const part = snapshot.kubernetes.gitOpsApplications;
  if (!part || part.isServed !== true) return null;
  const applications = part.data ?? [];
  const { tool, selfHealing, notReady } = describeGitOps(applications);
  return {
    source: "kubernetes.gitOpsApplications",
    value: {
      applications: applications.length,
      selfHealing,
      pruning: applications.filter((application) => application.prune === true).length,
      notReady: notReady
        .slice(0, 10)
        .map(
          (application) =>
            `${application.kind} ${application.namespace}/${application.name}${application.syncStatus ? ` (${application.syncStatus})` : ""}`,
        ),
    },
    note: `informative: ${tool} applies Git automatically${selfHealing > 0 ? " and reverts drift" : ""} (replace, not modify)`,
  };
}
