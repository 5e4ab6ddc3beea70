"use client";

import { ClusterFrameworkScores } from "@/components/frameworks/cluster-framework-scores";
import { findingFacets } from "@/lib/client/findings/describe-finding";
import { NO_FINDINGS_FILTER } from "@/lib/client/findings/findings-filter";
import { useClusterFindings } from "@/lib/client/findings/use-cluster-findings";
import { useFleetFrameworks } from "@/lib/client/frameworks/use-fleet-frameworks";
import type { ClusterSummaryView } from "@/lib/shared/cluster-view";
import { FRAMEWORK_IDS } from "@/lib/shared/fleet-framework-view";
import type { Role } from "@/lib/shared/roles";
import { ClusterFindings } from "./cluster-findings";

/**
 * /clusters/[id] → framework scores and findings. The unfiltered findings feed the filters' options
 * and name the latest evaluation; the scores are re-read whenever that evaluation changes.
 */
export function ClusterCompliance({ cluster, role }: { cluster: ClusterSummaryView; role: Role }) {
  const lastSuccessAt = cluster.collection.lastSuccessAt;
  const all = useClusterFindings({ clusterId: cluster.id, filter: NO_FINDINGS_FILTER, lastSuccessAt });
  const scores = useFleetFrameworks({ clusterId: cluster.id, evaluationId: all.data?.evaluation?.id ?? null });
  const frameworks =
    scores.data?.frameworks.map(({ id, name }) => ({ id, name })) ?? FRAMEWORK_IDS.map((id) => ({ id, name: id }));
  return (
    <>
      <ClusterFrameworkScores
        clusterId={cluster.id}
        frameworks={scores.data?.frameworks ?? null}
        error={scores.isError ? scores.error : null}
        onRetry={() => void scores.refetch()}
        isStale={cluster.collection.freshness === "stale"}
      />
      <ClusterFindings
        clusterId={cluster.id}
        role={role}
        lastSuccessAt={lastSuccessAt}
        facets={all.data ? findingFacets(all.data.items) : null}
        frameworks={frameworks}
      />
    </>
  );
}
