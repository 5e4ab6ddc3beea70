import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { PlatformProfile } from "@/lib/sim/model";
import { runEvaluators } from "../../run-evaluators";
import { FIXTURE_TIMEOUT_MS, profileContext, warmFixtures } from "../cis/testing/cis-fixtures";
import { versionsEvaluator } from "./evaluate-versions";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

async function judge(
  profile: PlatformProfile,
  { mutate, now }: { mutate?: (s: StoredSnapshot) => void; now?: string } = {},
) {
  const context = await profileContext(profile, { mutate });
  const results = runEvaluators(now ? { ...context, now: new Date(now) } : context, [versionsEvaluator]);
  expect(results).toHaveLength(1);
  return results[0]!;
}

function setKubernetesVersion(snapshot: StoredSnapshot, version: string, { kubelets = version } = {}): void {
  const data = snapshot.kubernetes.version.data!;
  data.gitVersion = version;
  for (const node of snapshot.kubernetes.nodes.data!) node.kubeletVersion = kubelets;
}

function setTalosVersion(snapshot: StoredSnapshot, nodeSuffix: string, tag: string): void {
  const node = snapshot.talos!.nodes.find((candidate) => candidate.kubernetesName?.endsWith(`-${nodeSuffix}`));
  node!.version.data!.tag = tag;
}

describe("seed.versions", () => {
  it("passes a supported Kubernetes minor with every kubelet on it, citing the release table", async () => {
    const result = await judge("kubeadm-hardened");
    expect(result).toMatchObject({
      status: "PASS",
      message: "Kubernetes v1.36.1 is supported until 2027-06-28; all 3 kubelets run the API server's 1.36.",
    });
    expect(result.evidence).toContainEqual(
      expect.objectContaining({
        source: "lotse.kubernetesSupport[1.36]",
        note: expect.stringContaining("kubernetes.io/releases"),
      }),
    );
  });

  it("judges Talos against context.now: current before v1.14's release, one minor behind after it", async () => {
    expect((await judge("talos-hardened", { now: "2026-07-01T00:00:00Z" })).status).toBe("PASS");
    const later = await judge("talos-hardened");
    expect(later.status).toBe("WARN");
    expect(later.message).toContain("Talos v1.13.2 is one minor behind and out of community support since v1.14");
  });

  it("fails Talos two or more minors behind, and warns when nodes run different Talos releases", async () => {
    const old = await judge("talos-default", {
      mutate: (snapshot) => ["cp-01", "w-01", "w-02"].forEach((node) => setTalosVersion(snapshot, node, "v1.11.6")),
    });
    expect(old).toMatchObject({ status: "FAIL", message: expect.stringContaining("3 minors behind v1.14") });
    const mixed = await judge("talos-default", {
      now: "2026-07-01T00:00:00Z",
      mutate: (snapshot) => setTalosVersion(snapshot, "w-02", "v1.13.1"),
    });
    expect(mixed).toMatchObject({ status: "WARN", message: expect.stringContaining("different Talos releases") });
  });

  it("fails a Kubernetes minor past its end of life, and only warns on managed platforms (provider extended support)", async () => {
    const mutate = (snapshot: StoredSnapshot) => setKubernetesVersion(snapshot, "v1.34.4");
    expect(await judge("kubeadm-default", { mutate })).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("Kubernetes v1.34.4 passed its end of life on 2026-10-27"),
    });
    expect((await judge("managed", { mutate })).status).toBe("WARN");
    const ancient = await judge("kubeadm-default", { mutate: (s) => setKubernetesVersion(s, "v1.29.15") });
    expect(ancient.status).toBe("FAIL");
  });

  it("warns in maintenance mode (the last two months before end of life)", async () => {
    const result = await judge("kubeadm-hardened", { now: "2027-05-10T00:00:00Z" });
    expect(result).toMatchObject({ status: "WARN", message: expect.stringContaining("maintenance mode") });
  });

  it("judges kubelet skew: older within three minors WARN, newer or further behind FAIL", async () => {
    const skewed = (kubelet: string) => (snapshot: StoredSnapshot) => {
      snapshot.kubernetes.nodes.data!.find((node) => node.name.endsWith("-w-02"))!.kubeletVersion = kubelet;
    };
    expect(await judge("kubeadm-hardened", { mutate: skewed("v1.35.4") })).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("kubeadm-hardened-w-02 (v1.35.4) run an older kubelet"),
    });
    expect((await judge("kubeadm-hardened", { mutate: skewed("v1.37.0") })).status).toBe("FAIL");
    expect((await judge("kubeadm-hardened", { mutate: skewed("v1.32.9") })).status).toBe("FAIL");
  });

  it("is UNKNOWN when the API server version could not be read, with the error as evidence", async () => {
    const error = { target: "kubernetes:version", kind: "timeout" as const, message: "GET /version timed out" };
    const result = await judge("kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.version = { data: null, errors: [error] };
      },
    });
    expect(result.status).toBe("UNKNOWN");
    expect(result.evidence).toContainEqual({ source: error.target, value: null, note: `timeout: ${error.message}` });
  });

  it("never passes when some node versions are unknown", async () => {
    const result = await judge("talos-hardened", {
      now: "2026-07-01T00:00:00Z",
      mutate: (snapshot) => {
        const node = snapshot.talos!.nodes.find((candidate) => candidate.kubernetesName?.endsWith("-w-01"))!;
        node.version = {
          data: null,
          errors: [{ target: "talos:node/w-01:Version", kind: "unreachable", message: "no route" }],
        };
        snapshot.kubernetes.nodes.data!.find((kube) => kube.name.endsWith("-w-01"))!.talosVersion = null;
      },
    });
    expect(result).toMatchObject({ status: "UNKNOWN", message: expect.stringContaining("1 node(s) is unknown") });
  });
});
