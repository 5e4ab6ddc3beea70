import { beforeAll, describe, expect, it } from "vitest";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  setCmdline,
  talosNode,
  warmUpProfileSnapshots,
} from "@/lib/server/evaluate/checks/node/testing/node-test-context";
import { judgeKernelCmdline } from "./judge-kernel-cmdline";
import { talosTarget } from "./testing/talos-target";

beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

describe("judgeKernelCmdline", () => {
  it("checks every argument the node's release boots with on a hardened v1.13 node", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    const part = judgeKernelCmdline(talosTarget(snapshot, "cp-01"));
    if (!part.isReadable) throw new Error(part.reason);
    expect(part.value.cmdline).toContain("pti=on");
    expect(part.value.coverageNote).toBeNull();
    expect(part.value.requirements.map((row) => [row.key, row.current, row.status])).toEqual([
      ["slab_nomerge", "slab_nomerge", "PASS"],
      ["pti", "pti=on", "PASS"],
      ["module.sig_enforce", "module.sig_enforce=1", "PASS"],
      ["init_on_alloc", "init_on_alloc=1", "PASS"],
    ]);
  });

  it("judges the last occurrence: a later pti=off fails, a missing init_on_alloc before v1.14 warns", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    setCmdline(talosNode(snapshot, "w-01"), "slab_nomerge pti=on module.sig_enforce=1 pti=off");
    const part = judgeKernelCmdline(talosTarget(snapshot, "w-01"));
    if (!part.isReadable) throw new Error(part.reason);
    const byKey = Object.fromEntries(part.value.requirements.map((row) => [row.key, row]));
    expect(byKey.pti).toMatchObject({ current: "pti=off", expected: "pti=on", status: "FAIL" });
    expect(byKey.init_on_alloc).toMatchObject({ current: null, status: "WARN" });
  });

  it("checks only the release-independent arguments when the version is unknown", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    const node = talosNode(snapshot, "w-01");
    makeUnreadable(node, "version");
    snapshot.kubernetes.nodes.data!.find((candidate) => candidate.name === node.kubernetesName)!.talosVersion = null;
    const part = judgeKernelCmdline(talosTarget(snapshot, "w-01"));
    if (!part.isReadable) throw new Error(part.reason);
    expect(part.value.requirements.map((row) => row.key)).toEqual(["slab_nomerge", "pti"]);
    expect(part.value.coverageNote).toMatch(/version is unknown/);
  });

  it("is not readable, with the reason, when the command line could not be read", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(snapshot, "w-01"), "kernelCmdline");
    expect(judgeKernelCmdline(talosTarget(snapshot, "w-01"))).toMatchObject({
      isReadable: false,
      reason: "the call timed out after 10000 ms",
    });
  });
});
