import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import {
  clusterAdminUseEvaluator,
  podCreationEvaluator,
  secretAccessEvaluator,
  wildcardRolesEvaluator,
} from "./evaluate-rbac-checks";
import { nodeProxyEvaluator, systemMastersEvaluator, tokenCreationEvaluator } from "./evaluate-rbac-review-checks";
import { defaultServiceAccountEvaluator, tokenMountEvaluator } from "./evaluate-service-account-checks";
import { evaluate, FIXTURE_TIMEOUT_MS, statusesOf, warmFixtures } from "./testing/cis-fixtures";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

function bindToEveryone(snapshot: StoredSnapshot, roleName: string, rules: { resources: string[]; verbs: string[] }) {
  snapshot.kubernetes.clusterRoles.data?.push({
    name: roleName,
    namespace: null,
    labels: {},
    rules: [
      { apiGroups: [""], resources: rules.resources, verbs: rules.verbs, resourceNames: [], nonResourceURLs: [] },
    ],
    hasAggregationRule: false,
  });
  snapshot.kubernetes.clusterRoleBindings.data?.push({
    name: `${roleName}-everyone`,
    namespace: null,
    labels: {},
    roleRef: { kind: "ClusterRole", name: roleName },
    subjects: [{ kind: "Group", name: "system:authenticated", namespace: null }],
  });
}

describe("CIS 5.1.1–5.1.4 RBAC", () => {
  it("passes cluster-admin use when only the platform binds it, citing the bindings", async () => {
    const [result] = await evaluate(clusterAdminUseEvaluator, "talos-hardened");
    expect(result).toMatchObject({ status: "PASS", evidence: [{ value: ["cluster-admin"] }] });
  });

  it("fails a custom role that grants everything, cluster-admin in all but name", async () => {
    const results = await evaluate(clusterAdminUseEvaluator, "kubeadm-default");
    expect(results).toEqual([
      expect.objectContaining({
        status: "FAIL",
        subject: { kind: "object", apiKind: "ClusterRoleBinding", name: "ci-deployer" },
      }),
    ]);
  });

  it("fails secrets readable and pods creatable by every authenticated user", async () => {
    expect(statusesOf(await evaluate(secretAccessEvaluator, "kubeadm-hardened"))).toEqual(["PASS"]);
    const secrets = await evaluate(secretAccessEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => bindToEveryone(snapshot, "read-secrets", { resources: ["secrets"], verbs: ["list"] }),
    });
    expect(secrets[0]).toMatchObject({ status: "FAIL", message: expect.stringContaining("system:authenticated") });
    const pods = await evaluate(podCreationEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => bindToEveryone(snapshot, "run-pods", { resources: ["*"], verbs: ["*"] }),
    });
    expect(statusesOf(pods)).toEqual(["FAIL"]);
  });

  it("fails custom roles with wildcards and leaves Kubernetes' own roles alone", async () => {
    const results = await evaluate(wildcardRolesEvaluator, "kubeadm-default");
    // Lotse's own reader names every resource it lists, so only the CI role is flagged.
    expect(results.map((result) => result.subject)).toEqual([
      { kind: "object", apiKind: "ClusterRole", name: "ci-deployer" },
    ]);
  });

  it("does not PASS when an RBAC list is incomplete", async () => {
    const results = await evaluate(secretAccessEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.roleBindings.errors = [
          { target: "kubernetes:rolebindings", kind: "timeout", message: "timed out" },
        ];
      },
    });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
  });
});

describe("CIS 5.1.5–5.1.6 service accounts", () => {
  it("fails default service accounts that mount their token, per namespace", async () => {
    const results = await evaluate(defaultServiceAccountEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        for (const account of snapshot.kubernetes.serviceAccounts.data ?? []) {
          if (account.name === "default" && account.namespace !== "berth-planning")
            account.automountServiceAccountToken = false;
        }
      },
    });
    expect(results.filter((result) => result.status === "FAIL").map((result) => result.subject)).toEqual([
      { kind: "namespace", name: "berth-planning" },
    ]);
    expect(results.filter((result) => result.status === "PASS")).toHaveLength(8);
  });

  it("counts an explicit automount as a decision and an implicit one as a FAIL", async () => {
    const results = await evaluate(tokenMountEvaluator, "talos-hardened");
    const berth = results.find(
      (result) => result.subject.kind === "namespace" && result.subject.name === "berth-planning",
    );
    expect(berth).toMatchObject({ status: "FAIL", message: expect.stringContaining("1 of 5 pods") });
    const fixed = await evaluate(tokenMountEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        for (const pod of snapshot.kubernetes.pods.data ?? [])
          if (pod.namespace === "berth-planning") pod.automountServiceAccountToken = true;
      },
    });
    expect(
      fixed.find((result) => result.subject.kind === "namespace" && result.subject.name === "berth-planning")?.status,
    ).toBe("PASS");
  });
});

describe("CIS 5.1.5–5.1.6 with missing data", () => {
  const timeout = (target: string) => [{ target, kind: "timeout" as const, message: `${target} timed out` }];

  it("5.1.5 is one UNKNOWN for the cluster when the service accounts could not be listed", async () => {
    const results = await evaluate(defaultServiceAccountEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.serviceAccounts = { data: null, errors: timeout("kubernetes:serviceaccounts") };
      },
    });
    expect(results).toEqual([
      expect.objectContaining({
        status: "UNKNOWN",
        subject: { kind: "cluster" },
        message: "The service accounts could not be read: kubernetes:serviceaccounts timed out.",
      }),
    ]);
  });

  it("5.1.5 adds an UNKNOWN for the cluster when some bindings are missing (a default account may be bound)", async () => {
    const results = await evaluate(defaultServiceAccountEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.roleBindings.errors = timeout("kubernetes:rolebindings");
      },
    });
    expect(results.at(-1)).toMatchObject({ status: "UNKNOWN", subject: { kind: "cluster" } });
  });

  it("5.1.6 is UNKNOWN when the pods could not be listed", async () => {
    const results = await evaluate(tokenMountEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.pods = { data: null, errors: timeout("kubernetes:pods") };
      },
    });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
  });

  it("5.1.6 judges no namespace without the service accounts: a token nobody set is UNKNOWN, not FAIL", async () => {
    const results = await evaluate(tokenMountEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.serviceAccounts = { data: null, errors: timeout("kubernetes:serviceaccounts") };
      },
    });
    expect(results.length).toBeGreaterThan(1);
    expect(new Set(statusesOf(results))).toEqual(new Set(["UNKNOWN"]));
    expect(
      results.find((result) => result.subject.kind === "namespace" && result.subject.name === "berth-planning"),
    ).toMatchObject({
      message: "The service accounts of berth-planning could not be read: kubernetes:serviceaccounts timed out.",
    });
  });
});

describe("CIS 5.1.7–5.1.13 (Manual)", () => {
  it("lists grants outside Kubernetes' own for review", async () => {
    const [result] = await evaluate(nodeProxyEvaluator, "talos-hardened");
    expect(result).toMatchObject({ status: "WARN", evidence: [{ value: [expect.stringContaining("lotse-reader")] }] });
  });

  it("fails a sensitive permission granted to a broad group", async () => {
    const results = await evaluate(tokenCreationEvaluator, "talos-hardened", {
      mutate: (snapshot) =>
        bindToEveryone(snapshot, "mint-tokens", { resources: ["serviceaccounts/token"], verbs: ["create"] }),
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
  });

  it("fails system:masters for Lotse's own credential, else asks for review", async () => {
    expect(statusesOf(await evaluate(systemMastersEvaluator, "talos-hardened"))).toEqual(["WARN"]);
    const results = await evaluate(systemMastersEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.collector.kubernetesIdentity.groups = ["system:masters"];
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
  });
});
