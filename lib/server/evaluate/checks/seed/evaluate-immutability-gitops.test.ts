import { beforeAll, describe, expect, it } from "vitest";
import type { GitOpsApplication } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { immutabilityEvaluator } from "./evaluate-immutability";

const application = (name: string, overrides: Partial<GitOpsApplication> = {}): GitOpsApplication => ({
  kind: "Application",
  namespace: "argocd",
  name,
  syncStatus: "Synced",
  healthStatus: "Healthy",
  isReady: true,
  isAutomated: true,
  selfHeal: true,
  prune: true,
  ...overrides,
});

describe("seed.immutability: GitOps as informative evidence", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("cites Argo CD's self-healing Applications and the drifted one, without changing the status", async () => {
    const [plain] = await evaluate(immutabilityEvaluator, "talos-hardened");
    const [withArgo] = await evaluate(immutabilityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.gitOpsApplications = {
          isServed: true,
          errors: [],
          data: [
            application("shop"),
            application("billing", { syncStatus: "OutOfSync", isReady: false, selfHeal: false }),
          ],
        };
      },
    });
    expect(withArgo!.status).toBe(plain!.status);
    expect(withArgo!.evidence).toContainEqual({
      source: "kubernetes.gitOpsApplications",
      value: { applications: 2, selfHealing: 1, pruning: 2, notReady: ["Application argocd/billing (OutOfSync)"] },
      note: "informative: Argo CD applies Git automatically and reverts drift (replace, not modify)",
    });
    expect(plain!.evidence.some((item) => item.source === "kubernetes.gitOpsApplications")).toBe(false);
  });
});
