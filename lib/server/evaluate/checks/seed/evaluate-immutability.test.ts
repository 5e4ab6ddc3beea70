import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { immutabilityEvaluator } from "./evaluate-immutability";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

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

  it("turns a PASS into WARN when fewer than half the application ConfigMaps and Secrets are known immutable", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        setReadOnly(snapshot, "logging", true);
        for (const object of [...snapshot.kubernetes.configMaps.data!, ...snapshot.kubernetes.secrets.data!])
          object.immutable = false;
      },
    });
    expect(result).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("0% of application ConfigMaps and Secrets"),
    });
  });

  it("says the immutable flag of ConfigMaps and Secrets is unknown from metadata-only lists", async () => {
    const [result] = await evaluate(immutabilityEvaluator, "kubeadm-default");
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({ source: "kubernetes.{configMaps,secrets}[*].immutable", value: null }),
    );
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
