import { beforeAll, describe, expect, it } from "vitest";
import { osVersionSkewEvaluator } from "./evaluate-os-version-skew";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  resultFor,
  statusesByNode,
  talosNode,
  warmUpProfileSnapshots,
} from "./testing/node-test-context";

const evaluate = osVersionSkewEvaluator.evaluate;

describe("node.os-version-skew", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("passes a Talos cluster whose nodes all run one release, citing every node's version", async () => {
    const results = evaluate(await loadProfileContext("talos-hardened"));
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "PASS"]);
    expect(resultFor(results, "w-01").evidence[1]).toMatchObject({
      value: {
        "talos-hardened-cp-01": "v1.13.2",
        "talos-hardened-w-01": "v1.13.2",
        "talos-hardened-w-02": "v1.13.2",
      },
    });
  });

  it("fails a node a minor behind and warns on a node an older patch behind", async () => {
    const context = await loadProfileContext("talos-default");
    talosNode(context.snapshot, "w-01").version.data!.tag = "v1.12.4";
    talosNode(context.snapshot, "w-02").version.data!.tag = "v1.13.1";
    const results = evaluate(context);
    expect(statusesByNode(results)).toEqual({
      "talos-default-cp-01": "PASS",
      "talos-default-w-01": "FAIL",
      "talos-default-w-02": "WARN",
    });
    expect(resultFor(results, "w-01").message).toBe(
      "talos-default-w-01 runs Talos v1.12.4, a minor release behind the cluster's newest v1.13.2 (on talos-default-cp-01).",
    );
  });

  it("orders a pre-release before its release", async () => {
    const context = await loadProfileContext("talos-default");
    for (const node of context.snapshot.talos!.nodes) node.version.data!.tag = "v1.14.0";
    talosNode(context.snapshot, "cp-01").version.data!.tag = "v1.14.0-rc.1";
    expect(Object.values(statusesByNode(evaluate(context)))).toEqual(["WARN", "PASS", "PASS"]);
  });

  it("never passes a node while another node's version is unknown, but still fails a lagging one", async () => {
    const context = await loadProfileContext("talos-default");
    makeUnreadable(talosNode(context.snapshot, "w-01"), "version");
    context.snapshot.kubernetes.nodes.data!.find((node) => node.name.endsWith("-w-01"))!.talosVersion = null;
    talosNode(context.snapshot, "w-02").version.data!.tag = "v1.12.4";
    expect(statusesByNode(evaluate(context))).toEqual({
      "talos-default-cp-01": "UNKNOWN",
      "talos-default-w-01": "UNKNOWN",
      "talos-default-w-02": "FAIL",
    });
  });

  it("reads Talos versions from the OS image when no talosconfig is registered", async () => {
    const context = await loadProfileContext("talos-hardened");
    context.snapshot.talos = null;
    context.snapshot.kubernetes.nodes.data![2]!.osImage = "Talos (v1.13.0)";
    context.snapshot.kubernetes.nodes.data![2]!.talosVersion = "v1.13.0";
    const results = evaluate(context);
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "WARN"]);
    expect(results[2]!.evidence[0]).toMatchObject({
      source: expect.stringMatching(/^kubernetes\.nodes\[.+\]\.osImage$/),
    });
  });

  it("compares other OS images and kernels: equal passes, any difference warns on every node", async () => {
    const context = await loadProfileContext("kubeadm-default");
    const results = evaluate(context);
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "PASS"]);
    expect(results[0]!.message).toBe("All 3 nodes run Ubuntu 24.04.1 LTS, kernel 6.8.0-48-generic.");
    context.snapshot.kubernetes.nodes.data![1]!.kernelVersion = "6.8.0-31-generic";
    expect(Object.values(statusesByNode(evaluate(context)))).toEqual(["WARN", "WARN", "WARN"]);
  });

  it("is UNKNOWN for the cluster when the node list could not be read", async () => {
    const context = await loadProfileContext("managed");
    context.snapshot.kubernetes.nodes = {
      data: null,
      errors: [{ target: "kubernetes:nodes", kind: "timeout", message: "deadline exceeded" }],
    };
    expect(evaluate(context)).toMatchObject([{ subject: { kind: "cluster" }, status: "UNKNOWN" }]);
  });
});
