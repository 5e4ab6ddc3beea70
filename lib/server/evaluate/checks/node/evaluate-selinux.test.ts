import { beforeAll, describe, expect, it } from "vitest";
import { selinuxEvaluator } from "./evaluate-selinux";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  resultFor,
  statusesByNode,
  talosNode,
  warmUpProfileSnapshots,
} from "./testing/node-test-context";

const evaluate = selinuxEvaluator.evaluate;

describe("node.selinux", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("passes enforcing nodes and cites the state with the selinux and enforcing arguments", async () => {
    const results = evaluate(await loadProfileContext("talos-hardened"));
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "PASS"]);
    expect(resultFor(results, "w-01").evidence.map((item) => item.value)).toEqual([
      "enforcing",
      "selinux=1",
      "enforcing=1",
    ]);
  });

  it("fails Talos' default permissive mode, naming the missing enforcing=1", async () => {
    const result = resultFor(evaluate(await loadProfileContext("talos-default")), "cp-01");
    expect(result.status).toBe("FAIL");
    expect(result.message).toContain("permissive");
    expect(result.evidence.map((item) => item.value)).toEqual(["permissive", "selinux=1", null]);
  });

  it("fails a node with SELinux disabled", async () => {
    const context = await loadProfileContext("talos-hardened");
    talosNode(context.snapshot, "w-02").securityState.data!.selinux = "disabled";
    expect(resultFor(evaluate(context), "w-02")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("disabled"),
    });
  });

  it("is UNKNOWN when SecurityState is unreadable or reports an unrecognised state", async () => {
    const context = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(context.snapshot, "w-01"), "securityState");
    talosNode(context.snapshot, "w-02").securityState.data!.selinux = "unknown";
    const results = evaluate(context);
    expect(resultFor(results, "w-01").status).toBe("UNKNOWN");
    expect(resultFor(results, "w-02").status).toBe("UNKNOWN");
  });

  it("still judges SecurityState when the command line is unreadable", async () => {
    const context = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(context.snapshot, "w-01"), "kernelCmdline");
    const result = resultFor(evaluate(context), "w-01");
    expect(result.status).toBe("PASS");
    expect(result.evidence).toHaveLength(1);
  });
});
