import { beforeAll, describe, expect, it } from "vitest";
import { FILE_PERMISSION_EVALUATORS } from "./evaluate-file-permissions";
import { evaluate, FIXTURE_TIMEOUT_MS, statusesOf, warmFixtures } from "./testing/cis-fixtures";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const byId = (id: string) => {
  const evaluator = FILE_PERMISSION_EVALUATORS.find((candidate) => candidate.check.cis?.id === id);
  if (!evaluator) throw new Error(id);
  return evaluator;
};

describe("CIS file permission and ownership checks", () => {
  it("answers control-plane files on Talos per control-plane node from Talos' design, with live evidence", async () => {
    const results = await evaluate(byId("1.1.1"), "talos-hardened");
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result).toMatchObject({ status: "PASS", subject: { kind: "node", name: "talos-hardened-cp-01" } });
    const sources = result?.evidence.map((item) => item.source) ?? [];
    expect(sources).toContainEqual(expect.stringMatching(/version\.tag$/));
    expect(sources).toContainEqual(expect.stringMatching(/staticPods\[kube-apiserver\]$/));
    expect(result?.evidence.at(-1)?.note).toMatch(/^Talos design \(not read from the node\): no pod spec file exists/);
  });

  it("says so when Talos owns a file by a non-root UID on purpose", async () => {
    const [result] = await evaluate(byId("1.1.16"), "talos-hardened");
    expect(result?.status).toBe("PASS");
    expect(result?.message).toContain("non-root UID 65536, not root");
  });

  it("answers worker files on every Talos node", async () => {
    const results = await evaluate(byId("4.1.9"), "talos-hardened");
    expect(statusesOf(results)).toEqual(["PASS", "PASS", "PASS"]);
    expect(results[1]?.evidence).toContainEqual(expect.objectContaining({ value: "/etc/kubernetes/kubelet.yaml" }));
  });

  it("keeps Manual file checks at WARN on Talos", async () => {
    expect(statusesOf(await evaluate(byId("1.1.21"), "talos-hardened"))).toEqual(["WARN"]);
  });

  it("is UNKNOWN for a node whose Talos identity could not be read", async () => {
    const results = await evaluate(byId("4.1.1"), "talos-hardened", {
      mutate: (snapshot) => {
        const node = snapshot.talos?.nodes[1];
        if (!node) return;
        const errors = [{ target: "talos:node", kind: "unreachable" as const, message: "connection refused" }];
        node.version = { data: null, errors };
        node.machineType = { data: null, errors };
        node.kubernetesName = null;
      },
    });
    expect(statusesOf(results)).toEqual(["PASS", "UNKNOWN", "PASS"]);
  });

  it("never PASSes on kubeadm: the files are not visible through the API", async () => {
    const [automated] = await evaluate(byId("1.1.1"), "kubeadm-hardened");
    expect(automated).toMatchObject({
      status: "UNKNOWN",
      message: expect.stringContaining("not visible through the Kubernetes API"),
    });
    expect(statusesOf(await evaluate(byId("1.1.20"), "kubeadm-hardened"))).toEqual(["WARN"]);
  });

  it("is NOT_APPLICABLE for managed control-plane files and UNKNOWN for managed node files", async () => {
    expect(statusesOf(await evaluate(byId("1.1.1"), "managed"))).toEqual(["NOT_APPLICABLE"]);
    expect(statusesOf(await evaluate(byId("4.1.5"), "managed"))).toEqual(["UNKNOWN"]);
  });
});
