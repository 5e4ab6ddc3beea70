import { beforeAll, describe, expect, it } from "vitest";
import { moduleSigningEvaluator } from "./evaluate-module-signing";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  resultFor,
  setCmdline,
  statusesByNode,
  talosNode,
  warmUpProfileSnapshots,
} from "./testing/node-test-context";

const evaluate = moduleSigningEvaluator.evaluate;

describe("node.module-signing", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("passes v1.13 nodes on SecurityState and cites the kernel argument beside it", async () => {
    const results = evaluate(await loadProfileContext("talos-default"));
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "PASS"]);
    expect(resultFor(results, "w-01").evidence).toEqual([
      { source: expect.stringMatching(/\.securityState\.moduleSignatureEnforced$/), value: true },
      {
        source: expect.stringMatching(/\.kernelCmdline\.tokens\[module\.sig_enforce\]$/),
        value: "module.sig_enforce=1",
      },
    ]);
  });

  it("fails when SecurityState says signatures are not enforced", async () => {
    const context = await loadProfileContext("talos-hardened");
    talosNode(context.snapshot, "cp-01").securityState.data!.moduleSignatureEnforced = false;
    expect(resultFor(evaluate(context), "cp-01").status).toBe("FAIL");
  });

  it("falls back to the command line before v1.12 (no SecurityState field)", async () => {
    const context = await loadProfileContext("talos-default");
    const node = talosNode(context.snapshot, "w-01");
    node.securityState.data!.moduleSignatureEnforced = null;
    expect(resultFor(evaluate(context), "w-01")).toMatchObject({
      status: "PASS",
      evidence: [{ value: "module.sig_enforce=1", note: expect.stringContaining("before Talos v1.12") }],
    });
    setCmdline(node, "talos.platform=metal slab_nomerge pti=on module.sig_enforce=1 module.sig_enforce=0");
    expect(resultFor(evaluate(context), "w-01").status).toBe("FAIL");
  });

  it("falls back to the command line when SecurityState is unreadable, and is UNKNOWN without both", async () => {
    const context = await loadProfileContext("talos-hardened");
    const node = talosNode(context.snapshot, "w-02");
    makeUnreadable(node, "securityState");
    expect(resultFor(evaluate(context), "w-02").status).toBe("PASS");
    makeUnreadable(node, "kernelCmdline");
    const result = resultFor(evaluate(context), "w-02");
    expect(result.status).toBe("UNKNOWN");
    expect(result.evidence).toHaveLength(2);
  });
});
