import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { auditLoggingEvaluator } from "./evaluate-audit-logging";
import { apiServerFlags, statusBySubject, talosControlPlane, TIMEOUT_ERROR } from "./support/seed-test-helpers";

function setPolicyRules(rules: Record<string, unknown>[]) {
  return (snapshot: StoredSnapshot) => {
    const policy = talosControlPlane(snapshot).auditPolicy.data!;
    policy.ruleLevels = rules.map((rule) => String(rule.level));
    policy.policy = { apiVersion: "audit.k8s.io/v1", kind: "Policy", rules };
  };
}

describe("seed.audit-logging", () => {
  beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

  it("passes Talos' default: a Metadata policy written to a rotated file (os:admin), with shippers as evidence", async () => {
    const [result] = await evaluate(auditLoggingEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(result).toMatchObject({
      status: "PASS",
      message:
        "kube-apiserver on talos-hardened-cp-01 audits requests (Metadata) to /var/log/audit/kube/kube-apiserver.log with rotation.",
    });
    expect(result!.evidence.at(-1)).toMatchObject({
      source: "kubernetes.workloads[DaemonSet, log shipper]",
      value: ["logging/fluent-bit"],
    });
  });

  it("fails a policy that logs nothing, but not one that logs some requests before a catch-all None", async () => {
    const [none] = await evaluate(auditLoggingEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: setPolicyRules([{ level: "None", users: ["system:kube-proxy"] }, { level: "None" }]),
    });
    expect(none!.status).toBe("FAIL");
    expect(none!.message).toContain("logs nothing");
    const [selective] = await evaluate(auditLoggingEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: setPolicyRules([
        { level: "Metadata", resources: [{ group: "", resources: ["secrets"] }] },
        { level: "None" },
      ]),
    });
    expect(selective!.status).toBe("PASS");
  });

  it("fails kubeadm without an audit policy, and an API server with a policy but no backend", async () => {
    const [kubeadm] = await evaluate(auditLoggingEvaluator, "kubeadm-default");
    expect(kubeadm!.status).toBe("FAIL");
    expect(kubeadm!.message).toBe(
      "kube-apiserver on kubeadm-default-cp-01 has no audit policy, so nothing is audited.",
    );
    const [noBackend] = await evaluate(auditLoggingEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        delete apiServerFlags(snapshot)["audit-log-path"];
      },
    });
    expect(noBackend!.status).toBe("FAIL");
    expect(noBackend!.message).toContain("neither --audit-log-path nor --audit-webhook-config-file");
  });

  it("warns about short retention, and accepts a webhook backend instead of a rotated file", async () => {
    const [short] = await evaluate(auditLoggingEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        apiServerFlags(snapshot)["audit-log-maxage"] = "7";
      },
    });
    expect(short!.status).toBe("WARN");
    expect(short!.message).toContain("--audit-log-maxage=7 is below 30 days");
    const [webhook] = await evaluate(auditLoggingEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        const flags = apiServerFlags(snapshot);
        delete flags["audit-log-path"];
        flags["audit-webhook-config-file"] = "/etc/kubernetes/audit-webhook.yaml";
      },
    });
    expect(webhook!.status).toBe("PASS");
    expect(webhook!.message).toContain("to an audit webhook");
  });

  it("warns, never passes, when the policy content is not visible (kubeadm file, Talos os:reader)", async () => {
    const [kubeadm] = await evaluate(auditLoggingEvaluator, "kubeadm-hardened");
    expect(kubeadm!.status).toBe("WARN");
    expect(kubeadm!.message).toContain("/etc/kubernetes/audit/audit-policy.yaml is not visible");
    const [talos] = await evaluate(auditLoggingEvaluator, "talos-hardened");
    expect(talos!.status).toBe("WARN");
    expect(talos!.message).toContain("needs os:admin");
  });

  it("is NOT_APPLICABLE on managed and UNKNOWN when the control-plane pods cannot be read", async () => {
    expect(statusBySubject(await evaluate(auditLoggingEvaluator, "managed"))).toEqual({ cluster: "NOT_APPLICABLE" });
    const results = await evaluate(auditLoggingEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        snapshot.kubernetes.controlPlanePods = {
          data: null,
          errors: [{ target: "kubernetes:pods/kube-system", ...TIMEOUT_ERROR }],
        };
      },
    });
    expect(statusBySubject(results)).toEqual({ cluster: "UNKNOWN" });
    expect(results[0]!.message).toBe("The kube-system control-plane pods could not be read.");
  });
});
