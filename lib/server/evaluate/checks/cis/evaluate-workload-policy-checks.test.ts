import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { imageProvenanceEvaluator, policyMechanismEvaluator } from "./evaluate-admission-policies";
import {
  defaultNamespaceEvaluator,
  externalSecretStorageEvaluator,
  namespaceBoundariesEvaluator,
  seccompProfileEvaluator,
  secretsAsFilesEvaluator,
  securityContextEvaluator,
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

describe("CIS 5.3, 5.4, 5.5 and 5.7 with missing data: UNKNOWN, never a verdict from an absence", () => {
  const timeout = (target: string) => [{ target, kind: "timeout" as const, message: `${target} timed out` }];
  const unread: Record<string, (snapshot: StoredSnapshot) => void> = {
    pods: (snapshot) => {
      snapshot.kubernetes.pods = { data: null, errors: timeout("kubernetes:pods") };
    },
    workloads: (snapshot) => {
      snapshot.kubernetes.workloads = { data: null, errors: timeout("kubernetes:workloads") };
    },
    namespaces: (snapshot) => {
      snapshot.kubernetes.namespaces = { data: null, errors: timeout("kubernetes:namespaces") };
    },
    crds: (snapshot) => {
      snapshot.kubernetes.crds = { data: null, errors: timeout("kubernetes:customresourcedefinitions") };
    },
  };

  it.each([
    ["5.3.1", cniPolicySupportEvaluator, "talos-default", "workloads"],
    ["5.3.2", namespaceNetworkPolicyEvaluator, "talos-hardened", "namespaces"],
    ["5.4.1", secretsAsFilesEvaluator, "talos-hardened", "pods"],
    ["5.4.2", externalSecretStorageEvaluator, "kubeadm-default", "crds"],
    ["5.7.1", namespaceBoundariesEvaluator, "talos-hardened", "namespaces"],
    ["5.7.2", seccompProfileEvaluator, "talos-hardened", "pods"],
    ["5.7.3", securityContextEvaluator, "talos-hardened", "pods"],
    ["5.7.4", defaultNamespaceEvaluator, "talos-hardened", "pods"],
  ] as const)("%s is UNKNOWN with the error when the %4$s could not be listed", async (_, evaluator, profile, part) => {
    const results = await evaluate(evaluator, profile, { mutate: unread[part] });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
    expect(results[0]?.evidence).toContainEqual(
      expect.objectContaining({ value: null, note: expect.stringMatching(/^timeout: /) }),
    );
  });

  it("5.3.2 is UNKNOWN when the NetworkPolicies could not be listed, and for uncovered namespaces when partly listed", async () => {
    const none = await evaluate(namespaceNetworkPolicyEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.networkPolicies = { data: null, errors: timeout("kubernetes:networkpolicies") };
      },
    });
    expect(statusesOf(none)).toEqual(["UNKNOWN"]);
    const partial = await evaluate(namespaceNetworkPolicyEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.networkPolicies.errors = timeout("kubernetes:networkpolicies");
      },
    });
    // The namespaces that fail with a complete list ("default", "logging", …) are not failed on a partial one.
    const uncovered = partial.filter((result) => result.subject.kind === "namespace");
    expect(uncovered.length).toBeGreaterThan(0);
    expect(new Set(statusesOf(uncovered))).toEqual(new Set(["UNKNOWN"]));
  });

  it("5.5.1 is UNKNOWN, not 'no verification', when the policy lists could not be read", async () => {
    const results = await evaluate(imageProvenanceEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        snapshot.kubernetes.kyvernoPolicies = {
          data: null,
          errors: timeout("kubernetes:clusterpolicies.kyverno.io"),
          isServed: null,
        };
      },
    });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
    expect(results[0]?.message).toContain("could not be read");
  });

  it("5.7.4 does not PASS on a partial list that shows nothing in the default namespace", async () => {
    const results = await evaluate(defaultNamespaceEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.workloads.errors = timeout("kubernetes:workloads");
      },
    });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
  });
});
