import { beforeAll, describe, expect, it } from "vitest";
import { auditPolicyCoverageEvaluator } from "./evaluate-audit-policy-coverage";
import { bootstrapTokenUsersEvaluator, clientCertificateUsersEvaluator } from "./evaluate-authentication-usage";
import { evaluate, FIXTURE_TIMEOUT_MS, statusesOf, warmFixtures } from "./testing/cis-fixtures";

beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

describe("CIS 3.1 authentication (Manual, no audit)", () => {
  it("is always WARN, with the evidence a reviewer needs", async () => {
    const [result] = await evaluate(clientCertificateUsersEvaluator, "kubeadm-default");
    expect(result?.status).toBe("WARN");
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({
        source: "collector.kubernetesIdentity",
        value: expect.objectContaining({ authKind: "client-certificate" }),
      }),
    );
    const [bootstrap] = await evaluate(bootstrapTokenUsersEvaluator, "managed");
    expect(bootstrap?.status).toBe("WARN");
    expect(bootstrap?.evidence[0]?.note).toContain("managed by the provider");
  });
});

describe("CIS 3.2.2 audit policy coverage (Manual)", () => {
  it("fails when no audit policy is passed (kubeadm default)", async () => {
    expect(statusesOf(await evaluate(auditPolicyCoverageEvaluator, "kubeadm-default"))).toEqual(["FAIL"]);
  });

  it("shows Talos' audit policy rules with os:admin, and says it needs os:admin otherwise", async () => {
    const [admin] = await evaluate(auditPolicyCoverageEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(admin).toMatchObject({ status: "WARN" });
    expect(admin?.evidence).toContainEqual(expect.objectContaining({ value: ["Metadata"] }));
    const [reader] = await evaluate(auditPolicyCoverageEvaluator, "talos-hardened");
    expect(reader?.message).toContain("needs os:admin");
  });

  it("fails a policy whose every rule is None", async () => {
    const results = await evaluate(auditPolicyCoverageEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        const policy = snapshot.talos?.nodes[0]?.auditPolicy.data;
        if (policy) policy.ruleLevels = ["None"];
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
  });

  it("is NOT_APPLICABLE on a managed control plane", async () => {
    expect(statusesOf(await evaluate(auditPolicyCoverageEvaluator, "managed"))).toEqual(["NOT_APPLICABLE"]);
  });

  it("is UNKNOWN, not FAIL, when the kube-apiserver flags could not be read", async () => {
    const kubeadm = await evaluate(auditPolicyCoverageEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        snapshot.kubernetes.controlPlanePods = {
          data: null,
          errors: [{ target: "kubernetes:pods/kube-system", kind: "forbidden", message: "pods is forbidden" }],
        };
      },
    });
    expect(statusesOf(kubeadm)).toEqual(["UNKNOWN"]);
    expect(kubeadm[0]?.evidence[0]).toMatchObject({ source: "kubernetes:pods/kube-system" });
    const talos = await evaluate(auditPolicyCoverageEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        for (const node of snapshot.talos?.nodes ?? []) {
          if (node.staticPods.isApplicable)
            node.staticPods = {
              data: null,
              errors: [{ target: `talos:node/${node.node}:StaticPodStatus`, kind: "timeout", message: "timed out" }],
              isApplicable: true,
            };
        }
      },
    });
    expect(statusesOf(talos)).toEqual(["UNKNOWN"]);
  });

  it("asks for review, never PASS, when the policy file is set but Talos' audit policy could not be read", async () => {
    const [result] = await evaluate(auditPolicyCoverageEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        for (const node of snapshot.talos?.nodes ?? []) {
          node.auditPolicy = {
            data: null,
            errors: [{ target: `talos:node/${node.node}:AuditPolicy`, kind: "timeout", message: "timed out" }],
            isApplicable: true,
          };
        }
      },
    });
    expect(result?.status).toBe("WARN");
    expect(result?.evidence).toContainEqual(expect.objectContaining({ value: null, note: "timed out" }));
  });
});
