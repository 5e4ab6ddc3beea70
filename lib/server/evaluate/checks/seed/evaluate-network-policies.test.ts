import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KubeNetworkPolicy } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { networkPoliciesEvaluator } from "./evaluate-network-policies";
import { resultAbout, statusBySubject, TIMEOUT_ERROR } from "./support/seed-test-helpers";

function denyPolicy(namespace: string, name: string, types: ("Ingress" | "Egress")[]): KubeNetworkPolicy {
  return {
    namespace,
    name,
    isPodSelectorEmpty: true,
    policyTypes: types,
    ingressRuleCount: 0,
    egressRuleCount: 0,
    isDefaultDenyIngress: types.includes("Ingress"),
    isDefaultDenyEgress: types.includes("Egress"),
  };
}

/** The cluster's CNI DaemonSet (kube-flannel on Talos' default) swapped for Cilium's agent. */
function withCilium(snapshot: StoredSnapshot): void {
  const flannel = snapshot.kubernetes.workloads.data!.find((workload) => workload.name === "kube-flannel")!;
  Object.assign(flannel, {
    name: "cilium",
    containers: [{ name: "cilium-agent", image: "quay.io/cilium/cilium:v1.18.4", command: [], args: [] }],
  });
}

describe("seed.network-policies", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("passes namespaces with a default-deny for both directions and fails those without", async () => {
    // Flannel replaced by Cilium, as on talos-hardened: the policies are enforced.
    const results = await evaluate(networkPoliciesEvaluator, "talos-default", { mutate: withCilium });
    expect(statusBySubject(results)).toEqual({
      "berth-planning": "PASS",
      default: "NOT_APPLICABLE",
      "kube-node-lease": "NOT_APPLICABLE",
      "kube-public": "NOT_APPLICABLE",
      "kube-system": "NOT_APPLICABLE",
      kyverno: "FAIL",
      logging: "FAIL",
      monitoring: "FAIL",
      "vessel-traffic": "FAIL",
    });
    const passed = resultAbout(results, "berth-planning");
    expect(passed.message).toBe("Namespace berth-planning denies ingress and egress by default (default-deny-all).");
    expect(passed.evidence[0]!.value).toContain(
      "default-deny-all (all pods; Ingress+Egress; 0 ingress / 0 egress rules)",
    );
    expect(resultAbout(results, "vessel-traffic").message).toBe(
      "Namespace vessel-traffic has no default-deny NetworkPolicy for ingress and egress, so that traffic is allowed by default.",
    );
    expect(resultAbout(results, "default").message).toContain("runs no pods");
  });

  it("accepts two policies, one per direction, and names the missing direction otherwise", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "talos-drifted", {
      mutate: (snapshot) => {
        snapshot.kubernetes.networkPolicies.data = [
          denyPolicy("berth-planning", "deny-ingress", ["Ingress"]),
          denyPolicy("berth-planning", "deny-egress", ["Egress"]),
          denyPolicy("vessel-traffic", "deny-ingress", ["Ingress"]),
        ];
      },
    });
    expect(resultAbout(results, "berth-planning").status).toBe("PASS");
    const halfway = resultAbout(results, "vessel-traffic");
    expect(halfway.status).toBe("FAIL");
    expect(halfway.message).toContain("for egress");
  });

  it("fails the default namespace once it runs pods", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        const pod = snapshot.kubernetes.pods.data!.find((candidate) => candidate.namespace === "berth-planning")!;
        snapshot.kubernetes.pods.data!.push({ ...pod, namespace: "default", name: "debug" });
      },
    });
    expect(resultAbout(results, "default").status).toBe("FAIL");
  });

  it("is UNKNOWN, not FAIL, for namespaces without a default-deny when the policy list is incomplete", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.networkPolicies.errors = [{ target: "kubernetes:networkpolicies", ...TIMEOUT_ERROR }];
      },
    });
    expect(resultAbout(results, "berth-planning").status).toBe("PASS");
    expect(resultAbout(results, "logging").status).toBe("UNKNOWN");
    expect(resultAbout(results, "cluster").evidence).toEqual([
      { source: "kubernetes:networkpolicies", value: null, note: "timeout: the call timed out after 10000 ms" },
    ]);
  });

  it("is one UNKNOWN for the cluster when the NetworkPolicies cannot be listed", async () => {
    const results = await evaluate(networkPoliciesEvaluator, "managed", {
      mutate: (snapshot) => {
        snapshot.kubernetes.networkPolicies = {
          data: null,
          errors: [{ target: "kubernetes:networkpolicies", ...TIMEOUT_ERROR }],
        };
      },
    });
    expect(statusBySubject(results)).toEqual({ cluster: "UNKNOWN" });
    expect(results[0]!.message).toBe("The NetworkPolicies could not be listed, so default-deny coverage is unknown.");
  });
});
