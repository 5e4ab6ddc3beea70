// kubectl 1.32 against the simulator: aggregated discovery, Table output, chunked lists, auth.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "./index";
import { buildTestObjects } from "./testing/build-test-objects";

const run = promisify(execFile);

async function findKubectl(): Promise<boolean> {
  try {
    await run("kubectl", ["version", "--client"], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

const hasKubectl = await findKubectl();
if (!hasKubectl) console.warn("kubectl.test.ts skipped: no `kubectl` on PATH (install kubectl 1.32 to run it)");

describe.skipIf(!hasKubectl)("kubectl against the simulator (skipped when kubectl is not on PATH)", () => {
  let server: KubeApiServer;
  let directory: string;
  let kubeconfigPath: string;

  const kubectl = (args: string[]) =>
    run(
      "kubectl",
      ["--kubeconfig", kubeconfigPath, "--cache-dir", join(directory, "cache"), "--request-timeout", "10s", ...args],
      { timeout: 20_000 },
    );

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "lotse-kubectl-"));
    server = await startKubeApiServer({
      clusterName: "kubectl",
      kubernetesVersion: "1.33.4",
      objects: buildTestObjects(),
      seed: 9,
    });
    kubeconfigPath = join(directory, "kubeconfig");
    writeFileSync(
      kubeconfigPath,
      await server.createKubeconfig({ user: "lotse", groups: ["lotse:readers"], auth: "client-certificate" }),
    );
  });

  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("gets namespaces, nodes, pods, network policies and cluster role bindings across namespaces", async () => {
    const { stdout } = await kubectl(["get", "ns,nodes,pods,networkpolicies,clusterrolebindings", "-A"]);
    expect(stdout).toContain("namespace/payments");
    expect(stdout).toMatch(/node\/node-0\s+Ready\s+control-plane\s+\S+\s+v1\.33\.4/);
    expect(stdout).toMatch(/shop\s+pod\/pod-0003\s+1\/1\s+Running\s+0/);
    expect(stdout).toMatch(/payments\s+networkpolicy\.networking\.k8s\.io\/default-deny\s+<none>/);
    expect(stdout).toContain("clusterrolebinding.rbac.authorization.k8s.io/cluster-admin   ClusterRole/cluster-admin");
    const asked = server.requestLog.map((entry) => `${entry.path} ${entry.accept ?? ""}`);
    expect(
      asked.some((line) =>
        line.startsWith("/apis application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"),
      ),
    ).toBe(true);
  }, 30_000);

  it("gets Secrets across namespaces from the Secret table, which carries no data", async () => {
    const before = server.requestLog.length;
    const { stdout } = await kubectl(["get", "secrets", "-A"]);
    expect(stdout).toMatch(/NAMESPACE\s+NAME\s+TYPE\s+DATA\s+AGE/);
    expect(stdout).toMatch(/payments\s+db-password\s+Opaque\s+1\s+\S+/);
    const asked = server.requestLog.slice(before).filter((entry) => entry.path === "/api/v1/secrets");
    expect(asked.map((entry) => [entry.status, entry.output])).toEqual([[200, "table"]]);
  }, 30_000);

  it("prints /version raw", async () => {
    const { stdout } = await kubectl(["get", "--raw", "/version"]);
    expect(JSON.parse(stdout)).toMatchObject({ gitVersion: "v1.33.4", major: "1", minor: "33" });
  }, 30_000);

  it("lists in chunks, resolves CRD short names, and answers auth whoami / can-i", async () => {
    const chunked = await kubectl(["get", "pods", "-A", "--chunk-size=4", "-o", "name"]);
    expect(chunked.stdout.trim().split("\n")).toHaveLength(25);
    expect(
      server.requestLog.filter((entry) => entry.path === "/api/v1/pods" && entry.query.includes("continue=")).length,
    ).toBeGreaterThanOrEqual(6);
    const policies = await kubectl(["get", "cpol"]);
    expect(policies.stdout).toMatch(/require-labels\s+\S+/);
    const whoami = await kubectl(["auth", "whoami"]);
    expect(whoami.stdout).toMatch(/Username\s+lotse/);
    const canList = await kubectl(["auth", "can-i", "list", "secrets", "-n", "payments"]);
    expect(canList.stdout.trim()).toBe("yes");
    const canCreate = await kubectl(["auth", "can-i", "create", "pods"]).catch((error: { stdout: string }) => error);
    expect(canCreate.stdout.trim()).toBe("no");
  }, 60_000);
});
