import { beforeAll, describe, expect, it } from "vitest";
import { imageProvenanceEvaluator, policyMechanismEvaluator } from "./evaluate-admission-policies";
import {
  defaultNamespaceEvaluator,
  seccompProfileEvaluator,
  secretsAsFilesEvaluator,
} from "./evaluate-general-policy-checks";
import { cniPolicySupportEvaluator, namespaceNetworkPolicyEvaluator } from "./evaluate-network-policy-checks";
import { POD_SECURITY_EVALUATORS } from "./evaluate-pod-security-checks";
import { evaluate, FIXTURE_TIMEOUT_MS, statusesOf, warmFixtures } from "./testing/cis-fixtures";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const podCheck = (id: string) => {
  const evaluator = POD_SECURITY_EVALUATORS.find((candidate) => candidate.check.cis?.id === id);
  if (!evaluator) throw new Error(id);
  return evaluator;
};

describe("CIS 5.2 pod security (Manual)", () => {
  it("fails application namespaces running privileged pods and asks for review in system namespaces", async () => {
    const results = await evaluate(podCheck("5.2.2"), "kubeadm-default");
    expect(results.map((result) => [result.subject, result.status])).toEqual([
      [{ kind: "namespace", name: "kube-system" }, "WARN"],
      [{ kind: "namespace", name: "vessel-traffic" }, "FAIL"],
    ]);
  });

  it("uses Pod Security semantics: unset allowPrivilegeEscalation counts as allowed", async () => {
    const results = await evaluate(podCheck("5.2.6"), "talos-hardened");
    expect(results.find((result) => result.status === "FAIL")?.subject).toEqual({ kind: "namespace", name: "logging" });
  });

  it("is WARN for the cluster when no application pod offends, and UNKNOWN when pods were not fully listed", async () => {
    expect(statusesOf(await evaluate(podCheck("5.2.4"), "talos-hardened"))).toEqual(["WARN"]);
    const partial = await evaluate(podCheck("5.2.4"), "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.pods.errors = [{ target: "kubernetes:pods", kind: "timeout", message: "page 3 timed out" }];
      },
    });
    expect(statusesOf(partial)).toEqual(["UNKNOWN"]);
  });

  it("fails a cluster with no enforcing admission mechanism (5.2.1)", async () => {
    expect(statusesOf(await evaluate(policyMechanismEvaluator, "kubeadm-default"))).toEqual(["FAIL"]);
    const [talos] = await evaluate(policyMechanismEvaluator, "talos-default");
    expect(talos?.status).toBe("WARN");
    expect(talos?.evidence.map((item) => item.source)).toContainEqual(
      expect.stringMatching(/admissionControl\.podSecurity\.defaults\.enforce$/),
    );
  });
});

describe("CIS 5.3 network policies (Manual)", () => {
  it("fails a CNI that ignores NetworkPolicies (Flannel alone) and accepts Calico for review", async () => {
    // Talos' default CNI (hardened Talos replaces it with Cilium).
    const [flannel] = await evaluate(cniPolicySupportEvaluator, "talos-default");
    expect(flannel).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("4 NetworkPolicies have no effect"),
    });
    expect(statusesOf(await evaluate(cniPolicySupportEvaluator, "kubeadm-default"))).toEqual(["WARN"]);
  });

  it("fails application namespaces without a NetworkPolicy", async () => {
    const results = await evaluate(namespaceNetworkPolicyEvaluator, "talos-hardened");
    const failed = results
      .filter((result) => result.status === "FAIL")
      .map((result) => (result.subject.kind === "namespace" ? result.subject.name : ""));
    expect(failed).toEqual(["default", "kyverno", "logging", "monitoring"]);
  });
});

describe("CIS 5.4, 5.5, 5.7 (Manual)", () => {
  it("says what the snapshot does not hold (container env) instead of guessing", async () => {
    const [result] = await evaluate(secretsAsFilesEvaluator, "talos-hardened");
    expect(result?.evidence).toContainEqual(expect.objectContaining({ value: null, note: "not part of the snapshot" }));
  });

  it("finds image verification at admission", async () => {
    expect((await evaluate(imageProvenanceEvaluator, "managed"))[0]?.message).toContain("verified at admission");
    expect((await evaluate(imageProvenanceEvaluator, "kubeadm-default"))[0]?.message).toContain(
      "No image verification",
    );
  });

  it("fails explicit seccomp Unconfined and pods in the default namespace", async () => {
    const unconfined = await evaluate(seccompProfileEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const pod = snapshot.kubernetes.pods.data?.find((candidate) => candidate.namespace === "berth-planning");
        if (pod) pod.securityContext.seccompProfile = { type: "Unconfined", localhostProfile: null };
      },
    });
    expect(statusesOf(unconfined)).toEqual(["FAIL"]);
    expect(statusesOf(await evaluate(defaultNamespaceEvaluator, "talos-hardened"))).toEqual(["WARN"]);
    const used = await evaluate(defaultNamespaceEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const pod = snapshot.kubernetes.pods.data?.find((candidate) => candidate.namespace === "berth-planning");
        if (pod) snapshot.kubernetes.pods.data?.push({ ...pod, namespace: "default", name: "debug" });
      },
    });
    expect(statusesOf(used)).toEqual(["FAIL"]);
  });
});
