import { describe, expect, it } from "vitest";
import type { EvidenceScopeInput } from "@/lib/shared/evidence-pack-view";
import type { ClusterRow, EnvironmentRow } from "@/lib/server/store/clusters/cluster-row";
import { selectClusters } from "./resolve-evidence-scope";

let next = 0;
function cluster(name: string, environment: EnvironmentRow, site: string | null, labels: unknown): ClusterRow {
  next++;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, "0")}`,
    name,
    environment,
    site,
    labels,
    schedule: "*/15 * * * *",
    kubeServer: "https://127.0.0.1:6443",
    kubeContext: name,
    kubeInfo: null,
    talosEndpoints: [],
    talosContext: null,
    talosInfo: null,
    createdAt: new Date("2026-01-01T00:00:00Z"),
    updatedAt: new Date("2026-01-01T00:00:00Z"),
    lastSuccessAt: null,
  };
}

// Listed out of name order on purpose: the selection comes back sorted by name.
const fleet = [
  cluster("prod-ham-2", "on_prem", "hamburg", { tier: "prod", team: "port" }),
  cluster("edge-01", "edge", "hamburg", { tier: "prod" }),
  cluster("edge-02", "edge", "bremen", { tier: "test" }),
  cluster("cloud-01", "cloud", null, null),
  cluster("prod-ham-1", "on_prem", "hamburg", { tier: "test" }),
];
const byName = (name: string) => fleet.find((row) => row.name === name)!;
const names = (input: Omit<EvidenceScopeInput, "frameworks">) =>
  selectClusters(fleet, { frameworks: ["iso-27001"], ...input }).map((row) => row.name);

describe("selectClusters", () => {
  it("takes the whole fleet, by name, when no filter is given", () => {
    expect(names({})).toEqual(["cloud-01", "edge-01", "edge-02", "prod-ham-1", "prod-ham-2"]);
  });

  it("filters by id, environment, site and label each", () => {
    expect(names({ clusterIds: [byName("edge-02").id, byName("cloud-01").id] })).toEqual(["cloud-01", "edge-02"]);
    expect(names({ environment: "on-prem" })).toEqual(["prod-ham-1", "prod-ham-2"]);
    expect(names({ site: "hamburg" })).toEqual(["edge-01", "prod-ham-1", "prod-ham-2"]);
    expect(names({ label: "tier=prod" })).toEqual(["edge-01", "prod-ham-2"]);
  });

  it("ANDs the filters", () => {
    expect(names({ site: "hamburg", label: "tier=prod" })).toEqual(["edge-01", "prod-ham-2"]);
    expect(names({ environment: "on-prem", site: "hamburg", label: "tier=prod" })).toEqual(["prod-ham-2"]);
    expect(names({ clusterIds: [byName("edge-01").id, byName("edge-02").id], site: "bremen" })).toEqual(["edge-02"]);
    expect(names({ environment: "edge", label: "team=port" })).toEqual([]);
  });

  it("matches a label's exact key and whole value", () => {
    expect(names({ label: "tier=pro" })).toEqual([]);
    expect(names({ label: "prod=tier" })).toEqual([]);
    expect(names({ label: "team=port" })).toEqual(["prod-ham-2"]);
  });
});
