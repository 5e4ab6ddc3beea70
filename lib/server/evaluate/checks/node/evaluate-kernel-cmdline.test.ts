import { beforeAll, describe, expect, it } from "vitest";
import { kernelCmdlineEvaluator } from "./evaluate-kernel-cmdline";
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

const evaluate = kernelCmdlineEvaluator.evaluate;

// The command line the simulator boots a default v1.13 node with (reference §4.3).
const V1_13 =
  "talos.platform=metal console=tty0 init_on_alloc=1 slab_nomerge pti=on consoleblank=0 nvme_core.io_timeout=4294967295 printk.devkmsg=on selinux=1 module.sig_enforce=1 proc_mem.force_override=never";

describe("node.kernel-cmdline", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("passes the simulated Talos nodes and cites each required argument and the whole command line", async () => {
    for (const profile of ["talos-hardened", "talos-default", "talos-drifted"] as const) {
      const results = evaluate(await loadProfileContext(profile));
      expect(Object.values(statusesByNode(results)), profile).toEqual(["PASS", "PASS", "PASS"]);
    }
    const result = resultFor(evaluate(await loadProfileContext("talos-default")), "w-01");
    expect(result.message).toContain("slab_nomerge, pti=on, module.sig_enforce=1, init_on_alloc=1");
    expect(result.evidence.map((item) => item.value)).toEqual([
      "v1.13.2",
      expect.stringContaining("slab_nomerge pti=on"),
      "slab_nomerge",
      "pti=on",
      "module.sig_enforce=1",
      "init_on_alloc=1",
    ]);
  });

  it("fails a node without module.sig_enforce=1 or with pti overridden, judging the last occurrence", async () => {
    const context = await loadProfileContext("talos-default");
    setCmdline(talosNode(context.snapshot, "w-01"), V1_13.replace(" module.sig_enforce=1", ""));
    setCmdline(talosNode(context.snapshot, "w-02"), `${V1_13} pti=off`);
    const results = evaluate(context);
    expect(resultFor(results, "w-01")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("module.sig_enforce absent (expected module.sig_enforce=1)"),
    });
    expect(resultFor(results, "w-02")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("pti=off (expected pti=on)"),
    });
    expect(resultFor(results, "cp-01").status).toBe("PASS");
  });

  it("warns when init_on_alloc=1 is missing before v1.14 but accepts its absence from v1.14", async () => {
    const context = await loadProfileContext("talos-default");
    const node = talosNode(context.snapshot, "w-01");
    setCmdline(node, V1_13.replace("init_on_alloc=1 ", ""));
    expect(resultFor(evaluate(context), "w-01").status).toBe("WARN");
    node.version.data!.tag = "v1.14.1";
    expect(resultFor(evaluate(context), "w-01").status).toBe("PASS");
    setCmdline(node, `${V1_13} init_on_alloc=0`);
    expect(resultFor(evaluate(context), "w-01").status).toBe("FAIL");
  });

  it("does not require module.sig_enforce=1 before v1.12 (the module-signing check covers it)", async () => {
    const context = await loadProfileContext("talos-default");
    const node = talosNode(context.snapshot, "w-01");
    node.version.data!.tag = "v1.11.5";
    setCmdline(node, V1_13.replace(" module.sig_enforce=1", ""));
    expect(resultFor(evaluate(context), "w-01").status).toBe("PASS");
  });

  it("is UNKNOWN when the command line could not be read", async () => {
    const context = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(context.snapshot, "w-02"), "kernelCmdline");
    const result = resultFor(evaluate(context), "w-02");
    expect(result.status).toBe("UNKNOWN");
    expect(result.evidence).toHaveLength(1);
  });

  it("without a known release still fails a missing KSPP argument but never passes", async () => {
    const context = await loadProfileContext("talos-hardened");
    const node = talosNode(context.snapshot, "w-01");
    makeUnreadable(node, "version");
    context.snapshot.kubernetes.nodes.data!.forEach((kubeNode) => (kubeNode.talosVersion = null));
    expect(resultFor(evaluate(context), "w-01").status).toBe("UNKNOWN");
    setCmdline(node, V1_13.replace("slab_nomerge ", ""));
    expect(resultFor(evaluate(context), "w-01")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("slab_nomerge absent"),
    });
  });

  it("accepts slab_nomerge written as `slab_nomerge=`", async () => {
    const context = await loadProfileContext("talos-default");
    setCmdline(talosNode(context.snapshot, "w-01"), V1_13.replace("slab_nomerge", "slab_nomerge="));
    expect(resultFor(evaluate(context), "w-01").status).toBe("PASS");
  });
});
