import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { KubeRoleBinding } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckResult } from "../../evaluator-types";
import { evaluate, FIXTURE_TIMEOUT_MS, mirrorPodFlags, warmFixtures } from "../cis/testing/cis-fixtures";
import { anonymousRbacEvaluator } from "./evaluate-anonymous-rbac";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const clusterFinding = (results: CheckResult[]) => results.find((result) => result.subject.kind === "cluster");
const findingFor = (results: CheckResult[], name: string) =>
  results.find((result) => result.subject.kind === "object" && result.subject.name === name);

function addBinding(snapshot: StoredSnapshot, binding: Partial<KubeRoleBinding> & Pick<KubeRoleBinding, "name">): void {
  const full: KubeRoleBinding = {
    namespace: null,
    labels: {},
    roleRef: { kind: "ClusterRole", name: "view" },
    subjects: [],
    ...binding,
  };
  const list = full.namespace === null ? snapshot.kubernetes.clusterRoleBindings : snapshot.kubernetes.roleBindings;
  list.data!.push(full);
}

describe("seed.anonymous-rbac", () => {
  it("passes a Talos cluster whose API server has --anonymous-auth=false and whose RBAC keeps the defaults", async () => {
    const results = await evaluate(anonymousRbacEvaluator, "talos-hardened");
    const cluster = clusterFinding(results);
    expect(cluster?.status).toBe("PASS");
    expect(cluster?.evidence[0]).toMatchObject({
      source: expect.stringMatching(/^talos\.nodes\[.+\]\.staticPods\[kube-apiserver\]\.flags\.anonymous-auth$/),
      value: "false",
    });
    expect(cluster?.evidence[1]?.value).toEqual([
      "ClusterRoleBinding/system:public-info-viewer → ClusterRole/system:public-info-viewer: Group/system:unauthenticated",
    ]);
  });

  it("asks for review of Lotse's own reader, which may read Secrets, and says it is the collecting credential", async () => {
    // The Secret read comes from the optional role the simulated clusters bind (deploy/monitored-cluster/secrets-metadata).
    const reader = findingFor(
      await evaluate(anonymousRbacEvaluator, "talos-hardened"),
      "lotse-reader-secrets-metadata",
    );
    expect(reader).toMatchObject({
      status: "WARN",
      message: "ClusterRoleBinding/lotse-reader-secrets-metadata grants reading Secrets to Group/lotse:readers.",
    });
    expect(reader?.evidence.map((item) => item.source)).toContain("collector.kubernetesIdentity");
  });

  it("fails kubeadm's default API server, which leaves --anonymous-auth unset (true)", async () => {
    const cluster = clusterFinding(await evaluate(anonymousRbacEvaluator, "kubeadm-default"));
    expect(cluster?.status).toBe("FAIL");
    expect(cluster?.message).toContain("The kube-apiserver on kubeadm-default-cp-01 allows anonymous requests");
    expect(cluster?.evidence[0]).toMatchObject({ value: null, note: "unset: the API server defaults to true" });
  });

  it("fails a ClusterRoleBinding that gives a CI service account every verb on every resource", async () => {
    const ciDeployer = findingFor(await evaluate(anonymousRbacEvaluator, "talos-drifted"), "ci-deployer");
    expect(ciDeployer?.status).toBe("FAIL");
    expect(ciDeployer?.message).toContain('every verb ("*") on every resource ("*")');
    expect(ciDeployer?.message).toContain("ServiceAccount/berth-planning/gitlab-runner");
  });

  it("fails grants to anonymous users beyond system:public-info-viewer, and to all authenticated users beyond the defaults", async () => {
    const results = await evaluate(anonymousRbacEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        addBinding(snapshot, {
          name: "anonymous-view",
          subjects: [{ kind: "User", name: "system:anonymous", namespace: null }],
        });
        addBinding(snapshot, {
          name: "everyone-edits",
          namespace: "berth-planning",
          roleRef: { kind: "ClusterRole", name: "edit" },
          subjects: [{ kind: "Group", name: "system:authenticated", namespace: null }],
        });
      },
    });
    expect(clusterFinding(results)).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("ClusterRoleBinding/anonymous-view → ClusterRole/view: User/system:anonymous"),
    });
    expect(findingFor(results, "everyone-edits")).toMatchObject({
      status: "FAIL",
      subject: { kind: "object", apiKind: "RoleBinding", namespace: "berth-planning", name: "everyone-edits" },
    });
  });

  it("fails escalate/bind/impersonate anywhere and warns on wildcard rights inside one namespace", async () => {
    const results = await evaluate(anonymousRbacEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const rule = { apiGroups: [""], resources: ["*"], verbs: ["*"], resourceNames: [], nonResourceURLs: [] };
        snapshot.kubernetes.roles.data!.push(
          { name: "team-all", namespace: "vessel-traffic", labels: {}, rules: [rule], hasAggregationRule: false },
          {
            name: "role-granter",
            namespace: "vessel-traffic",
            labels: {},
            rules: [
              { ...rule, apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles"], verbs: ["bind", "escalate"] },
            ],
            hasAggregationRule: false,
          },
        );
        const subjects = [{ kind: "Group", name: "port-authority:vessel-traffic", namespace: null }];
        addBinding(snapshot, {
          name: "team-all",
          namespace: "vessel-traffic",
          roleRef: { kind: "Role", name: "team-all" },
          subjects,
        });
        addBinding(snapshot, {
          name: "granter",
          namespace: "vessel-traffic",
          roleRef: { kind: "Role", name: "role-granter" },
          subjects,
        });
      },
    });
    expect(findingFor(results, "team-all")?.status).toBe("WARN");
    expect(findingFor(results, "granter")).toMatchObject({
      status: "FAIL",
      message: expect.stringContaining("bind/escalate on roles"),
    });
  });

  it("warns when anonymous access lives in a structured authentication config Lotse cannot see", async () => {
    const cluster = clusterFinding(
      await evaluate(anonymousRbacEvaluator, "kubeadm-default", {
        mutate: (snapshot) => {
          mirrorPodFlags(snapshot, "kube-apiserver")["authentication-config"] = "/etc/kubernetes/authn.yaml";
        },
      }),
    );
    expect(cluster?.status).toBe("WARN");
  });

  it("judges only RBAC on a managed cluster: NOT_APPLICABLE when clean, FAIL on an anonymous grant, never PASS", async () => {
    const clean = clusterFinding(await evaluate(anonymousRbacEvaluator, "managed"));
    expect(clean?.status).toBe("NOT_APPLICABLE");
    expect(clean?.message).toContain("not visible from the cluster");
    const open = await evaluate(anonymousRbacEvaluator, "managed", {
      mutate: (snapshot) =>
        addBinding(snapshot, {
          name: "public-pods",
          subjects: [{ kind: "Group", name: "system:unauthenticated", namespace: null }],
        }),
    });
    expect(clusterFinding(open)?.status).toBe("FAIL");
  });

  it("is UNKNOWN when the RBAC lists or the API server flags could not be read, and never PASSes on incomplete RBAC", async () => {
    const error = {
      target: "kubernetes:clusterrolebindings",
      kind: "forbidden" as const,
      message: "clusterrolebindings is forbidden",
    };
    const unreadable = await evaluate(anonymousRbacEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        for (const part of ["roles", "clusterRoles", "roleBindings", "clusterRoleBindings"] as const) {
          snapshot.kubernetes[part] = { data: null, errors: [error] };
        }
      },
    });
    expect(unreadable.map((result) => result.status)).toEqual(["UNKNOWN"]);
    expect(unreadable[0]?.evidence).toContainEqual({
      source: error.target,
      value: null,
      note: `forbidden: ${error.message}`,
    });

    const partial = await evaluate(anonymousRbacEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.clusterRoleBindings.errors = [{ ...error, kind: "timeout", message: "page 2 timed out" }];
      },
    });
    expect(clusterFinding(partial)?.status).toBe("UNKNOWN");

    const noFlags = await evaluate(anonymousRbacEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        for (const node of snapshot.talos!.nodes) {
          if (node.staticPods.isApplicable) node.staticPods = { data: null, errors: [error], isApplicable: true };
        }
      },
    });
    expect(clusterFinding(noFlags)?.status).toBe("UNKNOWN");
  });
});
