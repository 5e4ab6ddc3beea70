import { beforeAll, describe, expect, it } from "vitest";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  setKernelParam,
  talosNode,
  warmUpProfileSnapshots,
} from "@/lib/server/evaluate/checks/node/testing/node-test-context";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { toNodeDetailView } from "./to-node-detail-view";

const NOW = new Date("2026-11-23T12:00:00Z");
const CLUSTER = { id: "c1", name: "edge-07" };
const SOURCE = { snapshotHash: "b".repeat(64), runId: "r2", collectedAt: null };

beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

function detail(snapshot: StoredSnapshot, node: string) {
  return toNodeDetailView({ cluster: CLUSTER, snapshot, source: SOURCE, node, now: NOW });
}

describe("toNodeDetailView", () => {
  it("shows the drifted node's security state, overridden sysctls, cmdline, services and its differences", async () => {
    const { snapshot } = await loadProfileContext("talos-drifted");
    const odd = talosNode(snapshot, "w-02");
    setKernelParam(odd, "proc.sys.kernel.yama.ptrace_scope", "0");
    const view = detail(snapshot, odd.kubernetesName!)!;
    expect(view.node).toMatchObject({ name: odd.kubernetesName, talosNode: odd.node, role: "worker" });
    expect(view.platform).toBe("metal");
    expect(view.security).toMatchObject({
      isReadable: true,
      value: { secureBoot: false, selinux: "enforcing", moduleSignatureEnforced: true },
    });
    if (!view.kernelParams.isReadable) throw new Error("kernel params unreadable");
    expect(
      view.kernelParams.value.rows.filter((row) => row.isOverridden).map((row) => [row.sysctl, row.current]),
    ).toEqual([
      ["kernel.kptr_restrict", "1"],
      ["kernel.yama.ptrace_scope", "0"],
      ["net.core.bpf_jit_harden", "1"],
    ]);
    expect(view.cmdline.isReadable && view.cmdline.value.requirements.every((row) => row.status === "PASS")).toBe(true);
    if (!view.services.isReadable) throw new Error("services unreadable");
    expect(view.services.value.find((service) => service.id === "kubelet")).toEqual({
      id: "kubelet",
      state: "Running",
      isRunning: true,
      health: "healthy",
    });
    expect(view.services.value.find((service) => service.id === "machined")?.health).toBe("unchecked");
    expect(view.differences).toEqual([{ attribute: "kernel.yama.ptrace_scope", value: "0", majority: "2", peers: 2 }]);
  });

  it("finds a node by its Talos address too; an unknown node is null", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    const node = talosNode(snapshot, "cp-01");
    expect(detail(snapshot, node.node)?.node.name).toBe(node.kubernetesName);
    expect(detail(snapshot, "no-such-node")).toBeNull();
  });

  it("shows a part that could not be read as not readable, with the collection error", async () => {
    const { snapshot } = await loadProfileContext("talos-hardened");
    const node = talosNode(snapshot, "w-01");
    makeUnreadable(node, "securityState");
    const view = detail(snapshot, node.kubernetesName!)!;
    expect(view.security).toEqual({
      isReadable: false,
      reason: "the call timed out after 10000 ms",
      errors: [
        {
          target: `talos:node/${node.node}:securityState`,
          kind: "timeout",
          message: "the call timed out after 10000 ms",
        },
      ],
    });
    expect(view.node.verdicts.find((verdict) => verdict.checkId === "node.secure-boot")?.status).toBe("UNKNOWN");
  });

  it("gives a kubeadm node every Talos part as not readable, with the reason", async () => {
    const { snapshot } = await loadProfileContext("kubeadm-default");
    const name = snapshot.kubernetes.nodes.data![0]!.name;
    const view = detail(snapshot, name)!;
    expect(view.node.hasTalosData).toBe(false);
    expect(view.kernelParams).toMatchObject({ isReadable: false, reason: expect.stringMatching(/does not run Talos/) });
    expect(view.differences).toEqual([]);
  });
});
