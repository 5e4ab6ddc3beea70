// Lotse practises what it preaches: its own Kubernetes manifests (deploy/), rendered by kubectl
// exactly as `kubectl apply -k` would send them, judged by Lotse's own evaluators.
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "@/lib/catalog/catalog-types";
import type { KubePolicyRule } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import {
  BUILTIN_RESOURCES,
  GATEKEEPER_CONSTRAINTS_GROUP,
  KYVERNO_GROUP,
  SIGSTORE_GROUP,
  WANTED_GROUPS,
} from "@/lib/server/collect/kubernetes/kube-resource-plan";
import { mapRole } from "@/lib/server/collect/kubernetes/map-role";
import { ruleGrants } from "@/lib/server/evaluate/checks/cis/support/rbac-grants";
import type { CheckResult } from "@/lib/server/evaluate/evaluator-types";
import { evaluateManifests } from "./evaluate-manifests";
import { parseManifests, type ManifestObject } from "./parse-manifests";
import { findKubectl, renderKustomization } from "./render-kustomization";

const kubectl = findKubectl();
if (!kubectl)
  console.log("deploy-check: kubectl not found (/usr/bin/kubectl or LOTSE_KUBECTL): manifest checks skipped");

const PLATFORMS: Platform[] = ["talos", "kubeadm", "managed"];
const DIRECTORIES = ["deploy/base", "deploy/overlays/example"];
const rendered = new Map<string, ManifestObject[]>();

async function render(directory: string): Promise<ManifestObject[]> {
  return parseManifests({ text: await renderKustomization({ kubectl: kubectl!, directory }) });
}

const find = (results: CheckResult[], checkId: string) => results.filter((result) => result.checkId === checkId);
const lotse = { kind: "namespace", name: "lotse" };

describe.skipIf(!kubectl)("Lotse's own deployment passes Lotse's checks", () => {
  beforeAll(async () => {
    for (const directory of [...DIRECTORIES, "deploy/monitored-cluster", "deploy/monitored-cluster/secrets-metadata"])
      rendered.set(directory, await render(directory));
  });

  for (const directory of DIRECTORIES) {
    for (const platform of PLATFORMS) {
      it(`${directory} on ${platform}: restricted PSA, read-only root filesystems, no token, default deny, no FAIL`, () => {
        const results = evaluateManifests({ objects: rendered.get(directory)!, platform });
        const verdicts = (checkId: string) =>
          find(results, checkId).map(({ subject, status }) => ({ subject, status }));
        expect(results.filter((result) => result.status === "FAIL")).toEqual([]);
        expect(verdicts("seed.pod-security")).toEqual([{ subject: lotse, status: "PASS" }]);
        expect(verdicts("seed.immutability")).toEqual([{ subject: { kind: "cluster" }, status: "PASS" }]);
        expect(find(results, "seed.immutability")[0]?.message).toBe(
          "All 4 application containers have a read-only root filesystem.",
        );
        expect(verdicts("seed.network-policies")).toEqual([{ subject: lotse, status: "PASS" }]);
        expect(verdicts("cis.5.1.5")).toEqual([{ subject: lotse, status: "PASS" }]);
        expect(verdicts("cis.5.1.6")).toEqual([{ subject: lotse, status: "PASS" }]);
        // CIS 5.2.x and 5.7.2 are Manual (never PASS): compliant means one cluster-wide WARN and no offender.
        for (const cisId of [
          "5.2.2",
          "5.2.3",
          "5.2.4",
          "5.2.5",
          "5.2.6",
          "5.2.7",
          "5.2.8",
          "5.2.9",
          "5.2.10",
          "5.2.12",
          "5.2.13",
        ]) {
          const [only, ...rest] = find(results, `cis.${cisId}`);
          expect({ cisId, rest, subject: only?.subject, status: only?.status }).toEqual({
            cisId,
            rest: [],
            subject: { kind: "cluster" },
            status: "WARN",
          });
          expect(only?.message).toMatch(/^No pod outside the system namespaces uses /);
        }
        expect(find(results, "cis.5.7.2").map((result) => result.message)).toEqual([
          expect.stringMatching(/^Every pod sets a RuntimeDefault or Localhost seccomp profile\./),
        ]);
      });
    }
  }

  it("the monitored-cluster ClusterRole passes Lotse's RBAC checks, with and without the optional Secret role", () => {
    for (const objects of [
      rendered.get("deploy/monitored-cluster")!,
      [...rendered.get("deploy/monitored-cluster")!, ...rendered.get("deploy/monitored-cluster/secrets-metadata")!],
    ]) {
      const results = evaluateManifests({ objects, platform: "kubeadm" });
      for (const checkId of ["cis.5.1.1", "cis.5.1.2", "cis.5.1.3", "cis.5.1.4"]) {
        expect({ checkId, statuses: find(results, checkId).map((result) => result.status) }).toEqual({
          checkId,
          statuses: ["PASS"],
        });
      }
    }
  });

  it("the monitored-cluster ClusterRole lets the collector list everything it reads, except Secrets", () => {
    const role = rendered.get("deploy/monitored-cluster")!.find((object) => object.kind === "ClusterRole");
    const mapped = mapRole(role);
    if (!mapped.ok) throw new Error(mapped.message);
    const may = (group: string, resource: string, verb: string) =>
      mapped.value.rules.some((rule: KubePolicyRule) =>
        ruleGrants(rule, { apiGroups: [group], resources: [resource], verbs: [verb] }),
      );
    const wanted = [
      ...BUILTIN_RESOURCES.map(({ group, resource }) => ({ group, resource })),
      { group: "admissionregistration.k8s.io", resource: "validatingadmissionpolicies" },
      { group: "admissionregistration.k8s.io", resource: "validatingadmissionpolicybindings" },
      { group: KYVERNO_GROUP, resource: "clusterpolicies" },
      { group: KYVERNO_GROUP, resource: "policies" },
      { group: SIGSTORE_GROUP, resource: "clusterimagepolicies" },
    ];
    const missing = wanted
      .filter(({ resource }) => resource !== "secrets")
      .filter(({ group, resource }) => !may(group, resource, "list"));
    expect(missing).toEqual([]);
    // Every API group the collector looks for has a rule (a new one fails here until the role lists it),
    // except SelfSubjectReview's (granted to everyone) and Gatekeeper's per-template kinds (optional role).
    const groups = new Set(mapped.value.rules.flatMap((rule) => rule.apiGroups));
    const unlisted = [...WANTED_GROUPS].filter(
      (group) => !groups.has(group) && group !== "authentication.k8s.io" && group !== GATEKEEPER_CONSTRAINTS_GROUP,
    );
    expect(unlisted).toEqual([]);
    expect(may("", "nodes/proxy", "get")).toBe(true);
    expect(["get", "list", "watch"].filter((verb) => may("", "secrets", verb))).toEqual([]);
    const verbs = new Set(mapped.value.rules.flatMap((rule) => rule.verbs));
    expect([...verbs].sort()).toEqual(["get", "list"]);
  });
});

describe.skipIf(!kubectl)("the rendered deployment", () => {
  type Container = {
    name: string;
    resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
    volumeMounts?: { mountPath: string }[];
    readinessProbe?: { httpGet?: { path: string } };
  };
  type PodSpec = { containers: Container[]; initContainers?: Container[]; volumes?: Record<string, unknown>[] };
  const deployment = (objects: ManifestObject[], name: string) =>
    objects.find((object) => object.kind === "Deployment" && object.metadata.name === name) as unknown as
      { spec: { replicas: number; template: { spec: PodSpec } } } | undefined;

  it("runs 2 web replicas and N workers, with requests, limits and a writable /tmp only", async () => {
    for (const [directory, workers] of [
      ["deploy/base", 2],
      ["deploy/overlays/example", 3],
    ] as const) {
      const objects = await render(directory);
      expect(deployment(objects, "lotse-web")?.spec.replicas).toBe(2);
      expect(deployment(objects, "lotse-worker")?.spec.replicas).toBe(workers);
      for (const name of ["lotse-web", "lotse-worker"]) {
        const spec = deployment(objects, name)!.spec.template.spec;
        for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
          expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
          expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
          expect(container.volumeMounts?.map((mount) => mount.mountPath)).toContain("/tmp");
        }
      }
    }
  });

  it("probes the web app on its health route, which exists", async () => {
    const web = deployment(await render("deploy/base"), "lotse-web")!.spec.template.spec.containers[0];
    expect(web?.readinessProbe?.httpGet?.path).toBe("/api/health");
    expect(existsSync("app/api/health/route.ts")).toBe(true);
  });

  it("denies all traffic by default and opens DNS, PostgreSQL, the cluster APIs and ingress to the web app", async () => {
    const policies = (await render("deploy/base")).filter((object) => object.kind === "NetworkPolicy") as unknown as {
      metadata: { name: string };
      spec: {
        podSelector: { matchLabels?: Record<string, string> };
        policyTypes: string[];
        egress?: { ports?: { port: number }[] }[];
        ingress?: { ports?: { port: number }[] }[];
      };
    }[];
    const deny = policies.find((policy) => policy.metadata.name === "default-deny")!;
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    const ports = (direction: "egress" | "ingress") =>
      policies.flatMap((policy) =>
        (policy.spec[direction] ?? []).flatMap((rule) => (rule.ports ?? []).map((p) => p.port)),
      );
    expect([...new Set(ports("egress"))].sort((a, b) => a - b)).toEqual([53, 5432, 6443, 50000]);
    expect(ports("ingress")).toEqual([3000]);
  });
});
