import { beforeAll, describe, expect, it } from "vitest";
import { ksppSysctlsEvaluator } from "./evaluate-kspp-sysctls";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  resultFor,
  setKernelParam,
  statusesByNode,
  talosNode,
  warmUpProfileSnapshots,
} from "./testing/node-test-context";

const evaluate = ksppSysctlsEvaluator.evaluate;

describe("node.kspp-sysctls", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("passes every hardened node and cites all 16 v1.12+ values with the version they depend on", async () => {
    const context = await loadProfileContext("talos-hardened");
    const results = evaluate(context);
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "PASS"]);
    const result = resultFor(results, "w-01");
    expect(result.subject).toEqual({ kind: "node", name: "talos-hardened-w-01" });
    expect(result.evidence[0]).toMatchObject({ value: "v1.13.2", note: expect.stringContaining("v1.12+") });
    expect(result.evidence.slice(1)).toHaveLength(16);
    expect(result.evidence).toContainEqual({
      source: expect.stringMatching(/^talos\.nodes\[.+\]\.kernelParams\[proc\.sys\.kernel\.kptr_restrict\]\.current$/),
      value: { current: "2", expected: "2" },
    });
  });

  it("fails the drifted nodes and lists each overridden key with current and expected value", async () => {
    const results = evaluate(await loadProfileContext("talos-drifted"));
    expect(Object.values(statusesByNode(results))).toEqual(["FAIL", "FAIL", "FAIL"]);
    const result = resultFor(results, "cp-01");
    expect(result.message).toContain("kernel.kptr_restrict=1 (expected 2)");
    expect(result.message).toContain("net.core.bpf_jit_harden=1 (expected 2)");
    const differing = result.evidence.filter((item) => item.note === "overridden").map((item) => item.value);
    expect(differing).toEqual([
      { current: "1", expected: "2" },
      { current: "1", expected: "2" },
    ]);
  });

  it("fails only the node whose value was overridden", async () => {
    const context = await loadProfileContext("talos-hardened");
    setKernelParam(talosNode(context.snapshot, "w-02"), "proc.sys.user.max_user_namespaces", "63405");
    const results = evaluate(context);
    expect(resultFor(results, "w-02").status).toBe("FAIL");
    expect(resultFor(results, "w-02").message).toContain("user.max_user_namespaces=63405 (expected 0)");
    expect(resultFor(results, "w-01").status).toBe("PASS");
  });

  it("fails a KSPP key missing from a complete list, but is UNKNOWN when the list is incomplete", async () => {
    const context = await loadProfileContext("talos-hardened");
    const params = talosNode(context.snapshot, "w-01").kernelParams;
    params.data = params.data!.filter((param) => param.key !== "proc.sys.fs.suid_dumpable");
    expect(resultFor(evaluate(context), "w-01")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("fs.suid_dumpable=(unset) (expected 0)"),
    });
    params.errors = [{ target: "talos:node/x:KernelParamStatus", kind: "timeout", message: "list cut off" }];
    expect(resultFor(evaluate(context), "w-01").status).toBe("UNKNOWN");
  });

  it("is UNKNOWN with the collection error when the kernel parameters could not be read", async () => {
    const context = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(context.snapshot, "cp-01"), "kernelParams");
    const result = resultFor(evaluate(context), "cp-01");
    expect(result.status).toBe("UNKNOWN");
    expect(result.message).toContain("the call timed out");
    expect(result.evidence[0]).toMatchObject({ value: null, note: expect.stringContaining("timeout") });
  });

  it("judges a v1.11 node by the shorter v1.11 list", async () => {
    const context = await loadProfileContext("talos-hardened");
    const node = talosNode(context.snapshot, "w-01");
    node.version.data!.tag = "v1.11.3";
    setKernelParam(node, "proc.sys.kernel.kptr_restrict", "1");
    setKernelParam(node, "proc.sys.kernel.yama.ptrace_scope", "1");
    const result = resultFor(evaluate(context), "w-01");
    expect(result.status).toBe("PASS");
    expect(result.evidence.slice(1)).toHaveLength(7);
    expect(result.message).toContain("v1.10–v1.11");
  });

  it("reads the version from the OS image when the Talos Version call failed, and is UNKNOWN without either", async () => {
    const context = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(context.snapshot, "w-01"), "version");
    const fromImage = resultFor(evaluate(context), "w-01");
    expect(fromImage.status).toBe("PASS");
    expect(fromImage.evidence[0]).toMatchObject({ source: "kubernetes.nodes[talos-hardened-w-01].osImage" });
    const kubeNode = context.snapshot.kubernetes.nodes.data!.find((node) => node.name === "talos-hardened-w-01")!;
    kubeNode.talosVersion = null;
    expect(resultFor(evaluate(context), "w-01").status).toBe("UNKNOWN");
  });

  it("is UNKNOWN for a release without a verified list", async () => {
    const context = await loadProfileContext("talos-hardened");
    talosNode(context.snapshot, "w-01").version.data!.tag = "v1.9.5";
    expect(resultFor(evaluate(context), "w-01")).toMatchObject({
      status: "UNKNOWN",
      message: expect.stringContaining("v1.9.5"),
    });
  });

  it("is NOT_APPLICABLE on kubeadm and managed nodes", async () => {
    for (const profile of ["kubeadm-default", "managed"] as const) {
      const results = evaluate(await loadProfileContext(profile));
      expect(results.length, profile).toBeGreaterThan(0);
      for (const result of results) {
        expect(result.status, profile).toBe("NOT_APPLICABLE");
        expect(result.message).toContain("kernel parameters are only readable through the Talos API");
      }
    }
  });
});
