import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { imagePolicyEvaluator } from "./evaluate-image-policy";

const withCriticalReport = (snapshot: StoredSnapshot) => {
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
};

describe("seed.image-policy: Trivy Operator scans and whether admission rejects critical CVEs", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("cites critical findings per workload and the report age, and warns on enforced signatures when CVEs are only scanned", async () => {
    const [plain] = await evaluate(imagePolicyEvaluator, "kubeadm-hardened");
    expect(plain).toMatchObject({
      status: "PASS",
      message: "Image signatures are verified in enforce mode by ClusterPolicy/verify-image-signatures.",
    });
    expect(plain!.evidence).toContainEqual(
      expect.objectContaining({
        value: { enforcing: [], reporting: [], scanner: null },
        note: "no admission policy that rejects critical CVEs and no scanner is visible",
      }),
    );
    const [scanned] = await evaluate(imagePolicyEvaluator, "kubeadm-hardened", { mutate: withCriticalReport });
    expect(scanned).toMatchObject({
      status: "WARN",
      message:
        "Image signatures are verified in enforce mode by ClusterPolicy/verify-image-signatures, but critical CVEs are only scanned: Trivy Operator reports 1 workload container with critical vulnerabilities, and no admission policy rejects such images.",
    });
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

  it("leaves a signature FAIL a FAIL: the CVE reading is evidence beside it", async () => {
    const [result] = await evaluate(imagePolicyEvaluator, "kubeadm-default", { mutate: withCriticalReport });
    expect(result?.status).toBe("FAIL");
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({ value: { enforcing: [], reporting: [], scanner: "Trivy Operator" } }),
    );
  });
});
