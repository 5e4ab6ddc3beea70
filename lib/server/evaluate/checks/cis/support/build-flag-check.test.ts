import { beforeAll, describe, expect, it } from "vitest";
import {
  evaluate,
  FIXTURE_TIMEOUT_MS,
  mirrorPodFlags,
  staticPodFlags,
  statusesOf,
  warmFixtures,
} from "../testing/cis-fixtures";
import { buildFlagCheck } from "./build-flag-check";

const profiling = buildFlagCheck({
  cisId: "1.2.15",
  component: "kube-apiserver",
  rules: [{ flag: "profiling", expect: { op: "equals", value: "false" }, defaultValue: "true" }],
});

describe("a declarative flag check", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("gives one finding per control-plane node, citing the flag it read", async () => {
    const [result, ...rest] = await evaluate(profiling, "kubeadm-hardened");
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: "PASS", subject: { kind: "node", name: "kubeadm-hardened-cp-01" } });
    expect(result?.evidence).toEqual([
      {
        source: "kubernetes.controlPlanePods[kube-system/kube-apiserver-kubeadm-hardened-cp-01].flags.profiling",
        value: "false",
      },
    ]);
  });

  it("fails an absent flag whose default is insecure and names the default", async () => {
    const [result] = await evaluate(profiling, "kubeadm-default");
    expect(result?.status).toBe("FAIL");
    expect(result?.message).toContain("unset (defaults to true)");
    expect(result?.evidence[0]).toMatchObject({ value: null, note: "unset: the binary defaults to true" });
  });

  it("reads Talos' StaticPod flags and names the Kubernetes node", async () => {
    const [result] = await evaluate(profiling, "talos-default");
    expect(result).toMatchObject({ status: "PASS", subject: { name: "talos-default-cp-01" } });
    expect(result?.evidence[0]?.source).toMatch(/^talos\.nodes\[.+\]\.staticPods\[kube-apiserver\]\.flags\.profiling$/);
  });

  it("judges a repeated flag by its last value", async () => {
    const results = await evaluate(profiling, "talos-hardened", {
      mutate: (snapshot) => {
        staticPodFlags(snapshot, "kube-apiserver").profiling = ["false", "true"];
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
    expect(results[0]?.evidence[0]).toMatchObject({ value: ["false", "true"], note: "given 2 times" });
  });

  it("is NOT_APPLICABLE, never PASS, on a managed control plane", async () => {
    const results = await evaluate(profiling, "managed");
    expect(statusesOf(results)).toEqual(["NOT_APPLICABLE"]);
  });

  it("is UNKNOWN with the collection error when the control-plane pods could not be read", async () => {
    const results = await evaluate(profiling, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.controlPlanePods = {
          data: null,
          errors: [{ target: "kubernetes:pods/kube-system", kind: "forbidden", message: "pods is forbidden" }],
        };
      },
    });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
    expect(results[0]?.evidence[0]).toMatchObject({
      source: "kubernetes:pods/kube-system",
      note: "forbidden: pods is forbidden",
    });
  });

  it("adds an UNKNOWN for the cluster when some control-plane nodes were not read", async () => {
    const results = await evaluate(profiling, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.controlPlanePods.errors = [
          { target: "kubernetes:pods", kind: "timeout", message: "page 2 timed out" },
        ];
      },
    });
    expect(statusesOf(results)).toEqual(["PASS", "UNKNOWN"]);
  });

  it("reports review-only checks as WARN whatever the value", async () => {
    const timeout = buildFlagCheck({
      cisId: "1.2.20",
      component: "kube-apiserver",
      rules: [{ flag: "request-timeout", expect: { op: "set" }, defaultValue: "1m0s" }],
      isReviewOnly: true,
    });
    const results = await evaluate(timeout, "kubeadm-default", {
      mutate: (snapshot) => {
        mirrorPodFlags(snapshot, "kube-apiserver")["request-timeout"] = "300s";
      },
    });
    expect(statusesOf(results)).toEqual(["WARN"]);
  });
});
