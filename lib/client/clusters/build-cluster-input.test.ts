import { describe, expect, it } from "vitest";
import type { ClusterView } from "@/lib/shared/cluster-view";
import { chooseDraftContext, toCreateInput, toUpdateInput, validateClusterForm } from "./build-cluster-input";
import { clusterFormValuesFrom, emptyClusterFormValues, type ClusterFormValues } from "./cluster-form-values";

const TWO_CONTEXTS = "contexts:\n  - name: a\n    context: {}\n  - name: b\n    context: {}\n";

const ORIGINAL = {
  id: "c1",
  name: "edge-01",
  environment: "edge",
  site: "pier",
  labels: { tier: "edge" },
  schedule: "0 * * * *",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  kubernetes: { server: "https://k", context: "edge-01", contexts: ["edge-01"], authKind: "token" },
  talos: { endpoints: ["10.0.0.1"], nodes: [], context: "edge-01", contexts: ["edge-01"], roles: ["os:reader"] },
  credentialsExpireAt: null,
} as unknown as ClusterView;

function values(patch: Partial<ClusterFormValues>): ClusterFormValues {
  return {
    ...emptyClusterFormValues(),
    name: "edge-01",
    kubeconfig: { text: "k", fileName: null, context: "" },
    ...patch,
  };
}

describe("validateClusterForm", () => {
  it("accepts a minimal new cluster", () => {
    expect(validateClusterForm(values({}), "create")).toEqual({});
  });

  it("reports each bad field once, in words", () => {
    const errors = validateClusterForm(
      values({
        name: "Bad Name",
        labels: "oops",
        schedule: "hourly",
        kubeconfig: { text: "", fileName: null, context: "" },
      }),
      "create",
    );
    expect(Object.keys(errors).sort()).toEqual(["kubeconfig", "labels", "name", "schedule"]);
    expect(errors.schedule).not.toContain("`");
  });

  it("asks for a context when the file has several and names none", () => {
    const errors = validateClusterForm(
      values({ kubeconfig: { text: TWO_CONTEXTS, fileName: "k", context: "" } }),
      "create",
    );
    expect(errors.kubeconfig).toContain("choose which to use");
    expect(chooseDraftContext({ text: TWO_CONTEXTS, fileName: null, context: "b" }, "kubeconfig")).toBe("b");
  });
});

describe("toCreateInput", () => {
  it("omits empty optional fields and sends the chosen context", () => {
    const input = toCreateInput(values({ kubeconfig: { text: TWO_CONTEXTS, fileName: null, context: "a" } }));
    expect(input).toEqual({
      name: "edge-01",
      environment: "on-prem",
      schedule: "0 * * * *",
      kubeconfig: TWO_CONTEXTS,
      kubeContext: "a",
    });
  });
});

describe("toUpdateInput", () => {
  it("sends only what changed", () => {
    const form = clusterFormValuesFrom(ORIGINAL);
    expect(toUpdateInput(form, ORIGINAL)).toEqual({});
    expect(toUpdateInput({ ...form, name: "edge-02", site: "" }, ORIGINAL)).toEqual({ name: "edge-02", site: null });
    expect(toUpdateInput({ ...form, labels: "tier=edge\nteam=x" }, ORIGINAL)).toEqual({
      labels: { tier: "edge", team: "x" },
    });
  });

  it("removes the talosconfig only when asked to", () => {
    const form = clusterFormValuesFrom(ORIGINAL);
    expect(toUpdateInput({ ...form, talosMode: "remove" }, ORIGINAL)).toEqual({ talosconfig: null });
    expect(
      toUpdateInput({ ...form, talosMode: "keep", talosconfig: { text: "t", fileName: null, context: "" } }, ORIGINAL),
    ).toEqual({});
  });
});
