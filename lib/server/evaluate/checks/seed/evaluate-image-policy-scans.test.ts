import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { imagePolicyEvaluator } from "./evaluate-image-policy";

describe("seed.image-policy: Trivy Operator scans as informative evidence", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("cites critical findings per workload and the report age, without changing the status", async () => {
    const [plain] = await evaluate(imagePolicyEvaluator, "kubeadm-hardened");
    const [scanned] = await evaluate(imagePolicyEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.vulnerabilityReports = {
          isServed: true,
          errors: [],
          data: [
            {
              namespace: "shop",
              name: "replicaset-web-1-app",
              workloadKind: "ReplicaSet",
              workloadName: "web-1",
              container: "app",
              image: "registry.example/shop:1.0",
              critical: 3,
              high: 5,
              updateTimestamp: "2026-11-20T12:00:00Z",
            },
          ],
        };
      },
    });
    expect(scanned!.status).toBe(plain!.status);
    expect(scanned!.evidence).toContainEqual({
      source: "kubernetes.vulnerabilityReports",
      value: {
        reports: 1,
        withCritical: ["ReplicaSet shop/web-1 (app): 3 critical"],
        critical: 3,
        high: 5,
        oldestHours: 72,
      },
      note: "informative: Trivy Operator scan results; the oldest report is 72 h old (stale)",
    });
  });
});
