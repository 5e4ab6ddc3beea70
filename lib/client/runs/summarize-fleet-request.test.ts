import { describe, expect, it } from "vitest";
import type { CollectionRequestView } from "@/lib/shared/run-view";
import { describeFleetCollection, summarizeFleetRequest } from "./summarize-fleet-request";

const request = (index: number, joined: boolean): CollectionRequestView => ({
  runId: `run-${index}`,
  clusterId: `cluster-${index}`,
  status: joined ? "running" : "queued",
  joined,
});
const requests = (queued: number, joined: number) => [
  ...Array.from({ length: queued }, (_, index) => request(index, false)),
  ...Array.from({ length: joined }, (_, index) => request(queued + index, true)),
];

describe("summarizeFleetRequest", () => {
  it("counts new collections and those it joined", () => {
    expect(summarizeFleetRequest(requests(30, 2))).toBe("30 collections queued, 2 already running");
    expect(summarizeFleetRequest(requests(1, 0))).toBe("1 collection queued");
    expect(summarizeFleetRequest(requests(0, 3))).toBe("No new collections queued, 3 already running");
  });

  it("says so when there was nothing to collect", () => {
    expect(summarizeFleetRequest([])).toBe("No clusters are registered, so nothing was queued");
  });
});

describe("describeFleetCollection", () => {
  it("counts down the active runs to all finished", () => {
    expect(describeFleetCollection({ runs: requests(30, 2), activeCount: 12 })).toBe(
      "30 collections queued, 2 already running · 12 still active.",
    );
    expect(describeFleetCollection({ runs: requests(30, 2), activeCount: 0 })).toBe(
      "30 collections queued, 2 already running · all finished.",
    );
  });

  it("has no countdown when nothing was queued", () => {
    expect(describeFleetCollection({ runs: [], activeCount: 0 })).toBe(
      "No clusters are registered, so nothing was queued.",
    );
  });
});
