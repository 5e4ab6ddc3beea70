import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { immutabilityEvaluator } from "./evaluate-immutability";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const CONFIG_SOURCE = "kubernetes.{configMaps,secrets}[*].immutable";

/** Makes every container in a namespace read-only (or writable). */
function setReadOnly(snapshot: StoredSnapshot, namespace: string, value: boolean | null): void {
  for (const pod of snapshot.kubernetes.pods.data!) {
    if (pod.namespace !== namespace) continue;
    for (const container of pod.containers) container.readOnlyRootFilesystem = value;
  }
}

describe("seed.immutability", () => {
  it("passes when every application container is read-only, with Talos' immutable root as evidence", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "talos-hardened", {
      mutate: (snapshot) => setReadOnly(snapshot, "logging", true),
    });
    expect(result).toMatchObject({
      status: "PASS",
      message: "All 13 application containers have a read-only root filesystem.",
    });
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({
        source: "talos.nodes[*].version.tag",
        note: expect.stringContaining("read-only SquashFS"),
      }),
    );
  });

  it("warns when most containers are read-only, naming the writable ones by workload", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "talos-hardened");
    expect(result).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("Only 12 of 13 application containers (92%)"),
    });
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({ value: ["logging/DaemonSet/fluent-bit (container fluent-bit): unset"] }),
    );
  });

  it("fails below 75% read-only, counting each workload once however many replicas or runs it has", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "talos-drifted");
    expect(result?.status).toBe("FAIL");
    expect(result?.message).toContain("Only 8 of 13 application containers (61%)");
    expect(result?.message).toContain("berth-planning/CronJob/report-export (container report-export)");
  });

  it("caps the list of writable containers in the evidence", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        const template = snapshot.kubernetes.pods.data!.find((pod) => pod.namespace === "berth-planning")!;
        for (let index = 0; index < 20; index++) {
          snapshot.kubernetes.pods.data!.push({
            ...structuredClone(template),
            name: `batch-${index}`,
            owner: null,
            containers: template.containers.map((container) => ({ ...container, readOnlyRootFilesystem: null })),
          });
        }
      },
    });
    const listed = result?.evidence.find((item) => item.source === "kubernetes.pods[readOnlyRootFilesystem != true]");
    expect(listed?.value).toHaveLength(15);
    expect(listed?.note).toBe("6 more not listed");
  });

  it("counts the immutable share of application ConfigMaps, but not Secrets, whose flag comes only with their data", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "talos-hardened", {
      mutate: (snapshot) => setReadOnly(snapshot, "logging", true),
    });
    const config = result?.evidence.find((item) => item.source === CONFIG_SOURCE);
    expect(config).toEqual({
      source: CONFIG_SOURCE,
      value: { immutable: 3, known: 5 },
      note: "below 50% turns a PASS into WARN; 8 not counted, their flag unknown (a Secret's flag comes only with its data, which Lotse never reads)",
    });
    expect(result?.status).toBe("PASS");
  });

  it("turns a PASS into WARN when fewer than half the application ConfigMaps are immutable", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        for (const pod of snapshot.kubernetes.pods.data!)
          for (const container of pod.containers) container.readOnlyRootFilesystem = true;
      },
    });
    expect(result).toMatchObject({
      status: "WARN",
      message: expect.stringContaining(
        "but only 0% of application ConfigMaps and Secrets (of those whose flag is known) are immutable",
      ),
    });
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({ source: CONFIG_SOURCE, value: { immutable: 0, known: 5 } }),
    );
  });

  it("says the immutable flag is unknown when no ConfigMap was read whole", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        setReadOnly(snapshot, "logging", true);
        for (const configMap of snapshot.kubernetes.configMaps.data!) configMap.immutable = null;
      },
    });
    expect(result?.status).toBe("PASS");
    expect(result?.evidence).toContainEqual({
      source: CONFIG_SOURCE,
      value: null,
      note: "unknown for all 13 application ConfigMaps and Secrets (a Secret's flag comes only with its data, which Lotse never reads; ConfigMaps not read whole)",
    });
  });

  it("is UNKNOWN when pods could not be read, and does not PASS on an incomplete pod list", async () => {
    const error = { target: "kubernetes:pods", kind: "timeout" as const, message: "page 2 timed out" };
    const [unread] = await evaluate(immutabilityEvaluator, "managed", {
      mutate: (snapshot) => {
        snapshot.kubernetes.pods = { data: null, errors: [error] };
      },
    });
    expect(unread).toMatchObject({
      status: "UNKNOWN",
      evidence: [{ source: error.target, value: null, note: `timeout: ${error.message}` }],
    });
    const [partial] = await evaluate(immutabilityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        setReadOnly(snapshot, "logging", true);
        snapshot.kubernetes.pods.errors = [error];
      },
    });
    expect(partial?.status).toBe("UNKNOWN");
  });
});
