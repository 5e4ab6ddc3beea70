import type { HeatmapView } from "@/lib/shared/heatmap-view";

/**
 * The fleet's real heatmap answer repeated `copies` times under new cluster ids and names
 * (`core-01` → `core-01-c2`): a 200-cluster fleet with realistic cells, for checking that the page
 * stays usable at that size without collecting 200 simulated clusters.
 */
export function multiplyHeatmap(view: HeatmapView, copies: number): HeatmapView {
  const copy = <T extends { clusterId: string }>(items: T[], suffix: string): T[] =>
    items.map((item) => ({ ...item, clusterId: `${item.clusterId}${suffix}` }));
  const suffixes = Array.from({ length: copies }, (_, index) => (index === 0 ? "" : `-c${index + 1}`));
  return {
    ...view,
    clusters: suffixes.flatMap((suffix) =>
      view.clusters.map((cluster) => ({ ...cluster, id: `${cluster.id}${suffix}`, name: `${cluster.name}${suffix}` })),
    ),
    cells: suffixes.flatMap((suffix) => copy(view.cells, suffix)),
    checkCells: suffixes.flatMap((suffix) => copy(view.checkCells, suffix)),
  };
}
