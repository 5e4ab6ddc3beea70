import { beforeAll, describe, expect, it } from "vitest";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  talosNode,
  warmUpProfileSnapshots,
} from "@/lib/server/evaluate/checks/node/testing/node-test-context";
import { judgeKernelParams } from "./judge-kernel-params";
import { talosTarget } from "./testing/talos-target";

beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

async function drifted() {
  return (await loadProfileContext("talos-drifted")).snapshot;
}

describe("judgeKernelParams", () => {
  it("lists the drifted node's overridden KSPP sysctls as FAIL with current, expected and kernel default", async () => {
    const part = judgeKernelParams(talosTarget(await drifted(), "w-01"));
    if (!part.isReadable) throw new Error(part.reason);
    const view = part.value;
    expect(view.baseline?.label).toBe("v1.12+");
    expect(view.counts).toEqual({ pass: 14, fail: 2, unknown: 0 });
    expect(view.rows.find((row) => row.sysctl === "kernel.kptr_restrict")).toEqual({
      key: "proc.sys.kernel.kptr_restrict",
      sysctl: "kernel.kptr_restrict",
      expected: "2",
      current: "1",
      kernelDefault: "0",
      status: "FAIL",
      isOverridden: true,
      note: "overridden: Talos enforces 2",
    });
    expect(view.rows.find((row) => row.sysctl === "net.core.bpf_jit_harden")).toMatchObject({
      current: "1",
      isOverridden: true,
    });
    expect(view.rows.find((row) => row.sysctl === "kernel.dmesg_restrict")).toMatchObject({
      status: "PASS",
      isOverridden: false,
      note: null,
    });
    // Talos' other defaults are listed apart, not judged.
    expect(view.others.map((other) => other.key)).toContain("proc.sys.net.ipv4.ip_forward");
    expect(view.others.map((other) => other.key)).not.toContain("proc.sys.kernel.kptr_restrict");
  });

  it("fails an unsupported parameter without calling it an override, and one absent from a complete list", async () => {
    const snapshot = (await loadProfileContext("talos-hardened")).snapshot;
    const node = talosNode(snapshot, "w-01");
    const params = node.kernelParams.data!;
    params.find((param) => param.key === "proc.sys.dev.tty.legacy_tiocsti")!.unsupported = true;
    node.kernelParams.data = params.filter((param) => param.key !== "proc.sys.vm.unprivileged_userfaultfd");
    const part = judgeKernelParams(talosTarget(snapshot, "w-01"));
    if (!part.isReadable) throw new Error(part.reason);
    expect(part.value.rows.find((row) => row.sysctl === "dev.tty.legacy_tiocsti")).toMatchObject({
      status: "FAIL",
      isOverridden: false,
      note: expect.stringMatching(/^unsupported/),
    });
    expect(part.value.rows.find((row) => row.sysctl === "vm.unprivileged_userfaultfd")).toMatchObject({
      status: "FAIL",
      current: null,
      note: "not set by Talos (absent from the list)",
    });
  });

  it("leaves a parameter missing from an incomplete list UNKNOWN, never PASS", async () => {
    const snapshot = (await loadProfileContext("talos-hardened")).snapshot;
    const node = talosNode(snapshot, "w-01");
    node.kernelParams = {
      data: node.kernelParams.data!.filter((param) => param.key !== "proc.sys.fs.suid_dumpable"),
      errors: [{ target: "talos:node/x:KernelParamStatus", kind: "timeout", message: "cut off after page 1" }],
    };
    const part = judgeKernelParams(talosTarget(snapshot, "w-01"));
    if (!part.isReadable) throw new Error(part.reason);
    expect(part.errors).toHaveLength(1);
    expect(part.value.rows.find((row) => row.sysctl === "fs.suid_dumpable")?.status).toBe("UNKNOWN");
    expect(part.value.counts.unknown).toBe(1);
  });

  it("has no baseline when the release is unknown, and says so", async () => {
    const snapshot = (await loadProfileContext("talos-hardened")).snapshot;
    const node = talosNode(snapshot, "w-01");
    makeUnreadable(node, "version");
    const kube = snapshot.kubernetes.nodes.data!.find((candidate) => candidate.name === node.kubernetesName)!;
    kube.talosVersion = null;
    const part = judgeKernelParams(talosTarget(snapshot, "w-01"));
    if (!part.isReadable) throw new Error(part.reason);
    expect(part.value.baseline).toBeNull();
    expect(part.value.rows).toEqual([]);
    expect(part.value.baselineUnavailableReason).toMatch(/Talos version of .* is unknown/);
  });

  it("is not readable, with the collection error, when the parameters could not be read", async () => {
    const snapshot = await drifted();
    makeUnreadable(talosNode(snapshot, "w-01"), "kernelParams");
    const part = judgeKernelParams(talosTarget(snapshot, "w-01"));
    expect(part).toMatchObject({ isReadable: false, reason: "the call timed out after 10000 ms" });
    expect(part.errors[0]?.kind).toBe("timeout");
  });
});
