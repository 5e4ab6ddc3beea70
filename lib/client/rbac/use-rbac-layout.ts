import { useQuery } from "@tanstack/react-query";
import type { RbacGraphView } from "@/lib/shared/rbac-graph-view";
import { layoutRbacGraph } from "./layout-rbac-graph";
import { rbacKeys } from "./rbac-keys";

/** Node positions for a loaded graph; computed once per graph (same filters and snapshot). */
export function useRbacLayout(view: RbacGraphView | undefined) {
  return useQuery({
    queryKey: rbacKeys.layout(
      view?.cluster.id ?? "",
      view?.filters ?? { namespace: null, subject: null, risk: null },
      view?.snapshot?.hash ?? null,
    ),
    queryFn: () => layoutRbacGraph(view!),
    enabled: view !== undefined && view.nodes.length > 0,
    staleTime: Infinity,
  });
}
