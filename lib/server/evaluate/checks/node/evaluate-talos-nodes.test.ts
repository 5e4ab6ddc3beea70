import { beforeAll, describe, expect, it } from "vitest";
import type { EvaluationContext } from "../../evaluator-types";
import { evaluateTalosNodes } from "./evaluate-talos-nodes";
import {
  loadProfileContext,
  PROFILE_LOAD_TIMEOUT_MS,
  statusesByNode,
  warmUpProfileSnapshots,
} from "./testing/node-test-context";

function run(context: EvaluationContext) {
  return evaluateTalosNodes({
    context,
    checkId: "node.test",
    notTalosReason: "this is only readable through the Talos API",
    evaluateNode: (target) => ({ status: "PASS", message: `read ${target.talos.node}`, evidence: [] }),
  });
}

describe("evaluateTalosNodes: which nodes a Talos-only node check judges", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("judges every Talos node once, named by its Kubernetes name", async () => {
    const results = run(await loadProfileContext("talos-default"));
    expect(statusesByNode(results)).toEqual({
      "talos-default-cp-01": "PASS",
      "talos-default-w-01": "PASS",
      "talos-default-w-02": "PASS",
    });
    expect(results.every((result) => result.checkId === "node.test")).toBe(true);
  });

  it("is NOT_APPLICABLE for a non-Talos node in a Talos cluster, even though the collector tried it", async () => {
    const context = await loadProfileContext("talos-default");
    const kubeNode = context.snapshot.kubernetes.nodes.data!.find((node) => node.name.endsWith("-w-02"))!;
    Object.assign(kubeNode, { isTalos: false, talosVersion: null, osImage: "Ubuntu 24.04.1 LTS" });
    const results = run(context);
    expect(results).toHaveLength(3);
    expect(results.find((result) => result.subject.kind === "node" && result.subject.name === kubeNode.name)).toEqual({
      checkId: "node.test",
      subject: { kind: "node", name: kubeNode.name },
      status: "NOT_APPLICABLE",
      message: "Ubuntu 24.04.1 LTS node: this is only readable through the Talos API.",
      evidence: [
        { source: `kubernetes.nodes[${kubeNode.name}].osImage`, value: "Ubuntu 24.04.1 LTS", note: "not a Talos node" },
      ],
    });
  });

  it("is UNKNOWN for Talos nodes when no talosconfig is registered", async () => {
    const context = await loadProfileContext("talos-hardened");
    context.snapshot.talos = null;
    const results = run(context);
    expect(Object.values(statusesByNode(results))).toEqual(["UNKNOWN", "UNKNOWN", "UNKNOWN"]);
    expect(results[0]!.message).toContain("register a talosconfig");
  });

  it("names a node by its Talos address when Kubernetes does not know it", async () => {
    const context = await loadProfileContext("talos-hardened");
    context.snapshot.kubernetes.nodes = { data: [], errors: [] };
    const results = run(context);
    expect(results.map((result) => result.subject)).toEqual(
      context.snapshot.talos!.nodes.map((node) => ({ kind: "node", name: node.node })),
    );
  });

  it("reports one UNKNOWN for the cluster when no node could be listed", async () => {
    const context = await loadProfileContext("kubeadm-default");
    const error = { target: "kubernetes:nodes", kind: "forbidden" as const, message: "nodes is forbidden" };
    context.snapshot.kubernetes.nodes = { data: null, errors: [error] };
    expect(run(context)).toEqual([
      {
        checkId: "node.test",
        subject: { kind: "cluster" },
        status: "UNKNOWN",
        message: "The cluster's nodes could not be read: nodes is forbidden.",
        evidence: [{ source: "kubernetes:nodes", value: null, note: "forbidden: nodes is forbidden" }],
      },
    ]);
  });
});
