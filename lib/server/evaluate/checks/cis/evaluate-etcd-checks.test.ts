import { beforeAll, describe, expect, it } from "vitest";
import { buildFlagCheck } from "./support/build-flag-check";
import { ETCD_FLAG_CHECKS } from "./rules/etcd-flag-rules";
import { etcdUniqueCaEvaluator } from "./evaluate-etcd-unique-ca";
import { evaluate, FIXTURE_TIMEOUT_MS, mirrorPodFlags, statusesOf, warmFixtures } from "./testing/cis-fixtures";

beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

const etcdChecks = ETCD_FLAG_CHECKS.map(buildFlagCheck);
const clientCertAuth = etcdChecks.find((check) => check.check.cis?.id === "2.2") ?? etcdChecks[0];
if (!clientCertAuth) throw new Error("no CIS 2.2 evaluator");

describe("CIS 2.x etcd", () => {
  it("passes kubeadm's etcd mirror pod flags", async () => {
    for (const check of etcdChecks) expect(statusesOf(await evaluate(check, "kubeadm-default"))).toEqual(["PASS"]);
  });

  it("fails kubeadm etcd without client certificate auth", async () => {
    const results = await evaluate(clientCertAuth, "kubeadm-default", {
      mutate: (snapshot) => {
        delete mirrorPodFlags(snapshot, "etcd")["client-cert-auth"];
      },
    });
    expect(results[0]).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("--client-cert-auth unset (defaults to false)"),
    });
  });

  it("answers on Talos from the flags Talos enforces, with live evidence that etcd runs there", async () => {
    for (const check of etcdChecks) {
      const [result, ...rest] = await evaluate(check, "talos-hardened");
      expect(rest).toEqual([]);
      expect(result?.status).toBe("PASS");
      expect(result?.evidence[0]?.note).toContain("refuses overrides");
      expect(result?.evidence.map((item) => item.source)).toContainEqual(
        expect.stringMatching(/services\[etcd\]\.state$/),
      );
    }
  });

  it("is UNKNOWN on Talos when etcd cannot be seen on the control-plane node", async () => {
    const results = await evaluate(clientCertAuth, "talos-hardened", {
      mutate: (snapshot) => {
        for (const node of snapshot.talos?.nodes ?? []) {
          node.services = { data: null, errors: [{ target: "talos:services", kind: "timeout", message: "timed out" }] };
          node.etcdStatus = { ...node.etcdStatus, data: null };
          node.etcdMembers = { ...node.etcdMembers, data: null };
        }
      },
    });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
  });

  it("is NOT_APPLICABLE on a managed cluster", async () => {
    expect(statusesOf(await evaluate(clientCertAuth, "managed"))).toEqual(["NOT_APPLICABLE"]);
  });
});

describe("CIS 2.7 unique etcd CA (Manual)", () => {
  it("is WARN when etcd trusts its own CA (kubeadm paths, Talos machine config)", async () => {
    expect(statusesOf(await evaluate(etcdUniqueCaEvaluator, "kubeadm-default"))).toEqual(["WARN"]);
    const [talos] = await evaluate(etcdUniqueCaEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(talos).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("distinct from the Kubernetes CA"),
    });
  });

  it("fails when etcd trusts the API server's client CA", async () => {
    const results = await evaluate(etcdUniqueCaEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        mirrorPodFlags(snapshot, "etcd")["trusted-ca-file"] = "/etc/kubernetes/pki/ca.crt";
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
  });
});
