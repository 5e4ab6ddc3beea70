/** What each part of the bench works on; --quick shrinks it (and the table says so). */
export interface BenchSizes {
  fleetClusters: number;
  scaleClusters: number;
  bigNodes: number;
  bigPods: number;
  historyClusters: number;
  historyDays: number;
  requests: number;
  trendsDays: number;
  evidenceDays: number;
  lcpLoads: number;
}

export const FULL_SIZES: BenchSizes = {
  fleetClusters: 30,
  scaleClusters: 300,
  bigNodes: 50,
  bigPods: 2000,
  historyClusters: 30,
  historyDays: 365,
  requests: 200,
  trendsDays: 365,
  evidenceDays: 90,
  lcpLoads: 5,
};

export const QUICK_SIZES: BenchSizes = {
  fleetClusters: 10,
  scaleClusters: 30,
  bigNodes: 20,
  bigPods: 500,
  historyClusters: 10,
  historyDays: 4,
  requests: 50,
  trendsDays: 365,
  evidenceDays: 90,
  lcpLoads: 3,
};

export function describeSizes(sizes: BenchSizes): string {
  return [
    `fleet ${sizes.fleetClusters} clusters`,
    `scale ${sizes.scaleClusters} clusters`,
    `big cluster ${sizes.bigNodes} nodes × ${sizes.bigPods} pods`,
    `history ${sizes.historyClusters} clusters × ${sizes.historyDays} days hourly`,
    `${sizes.requests} requests per read figure`,
  ].join(", ");
}
