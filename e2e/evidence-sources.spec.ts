import type { APIRequestContext } from "@playwright/test";
import { parseScenario } from "@/lib/sim/scenario";
import { EvidenceSourcesPanel } from "./pages/evidence-sources-panel";
import { startDemoFleet, type DemoFleet } from "./support/demo-fleet";
import { storageStatePath } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

const SCREENSHOTS = "test-results/screenshots";

// A hardened Talos cluster with several tools: Cilium, talos-backup, Kyverno (with a generate rule and
// a policy that rejects critical CVEs), Kubewarden, Falco, External Secrets, the Vault CSI provider,
// Argo CD, Trivy Operator, Fluent Bit, Kasten K10, and Velero whose backups fail since its bucket
// went away.
const SCENARIO = `
name: e2e-evidence-sources
seed: 4711
defaults: { kubernetesVersion: 1.36.1, talosVersion: v1.13.2, nodes: { controlPlanes: 1, workers: 1 } }
clusters:
  - name: tools-pier
    environment: edge
    site: north-pier
    profile: talos-hardened
    admission: { kubewarden: protect, rejectCriticalCves: enforce }
    # The last etcd backup is the latest run, whatever the hour (the profile's "2 h ago" can fall before it).
    etcdBackup: { lastSuccessHoursAgo: 0 }
    tools:
      kasten: { enabled: true }
      vaultCsi: true
      kyvernoGenerateDefaultDeny: true
      externalSecrets: true
      trivyOperator: true
      gitOps: { tool: argocd }
      falco: { enabled: true }
      velero: { enabled: true, lastSuccessHoursAgo: 80, failureReason: "error putting object: NoSuchBucket" }
`;

test.describe("evidence sources", () => {
  let admin: APIRequestContext;
  let fleet: DemoFleet;
  let ids: Map<string, string>;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(240_000);
    admin = await playwright.request.newContext({ baseURL, storageState: storageStatePath("admin") });
    fleet = await startDemoFleet({ request: admin, baseURL: baseURL!, scenario: parseScenario({ text: SCENARIO }) });
    ids = fleet.ids;
  });

  test.afterAll(async () => {
    await fleet?.stop();
    await admin?.dispose();
  });

  test.describe("as a viewer", () => {
    test.use({ storageState: storageStatePath("viewer") });

    test("shows the tools found on the cluster, their health and the checks they feed", async ({ page }) => {
      const panel = new EvidenceSourcesPanel(page);
      await panel.goto(ids.get("tools-pier")!);

      const velero = panel.row("Velero");
      await expect(velero).toHaveAttribute("data-health", "failing");
      await expect(velero).toContainText("Failing");
      await expect(velero).toContainText("NoSuchBucket");
      await expect(velero).toContainText("Schedule velero/daily-cluster");
      await expect(velero).toContainText("seed.etcd-backup");

      const cilium = panel.row("Cilium");
      await expect(cilium).toHaveAttribute("data-health", "healthy");
      await expect(cilium).toContainText("Enforces NetworkPolicies.");
      await expect(cilium).toContainText("seed.network-policies");

      await expect(panel.row("talos-backup")).toHaveAttribute("data-health", "healthy");
      const kyverno = panel.row("Kyverno");
      await expect(kyverno).toContainText("1 generating NetworkPolicies");
      await expect(kyverno).toContainText("seed.image-policy");
      await expect(panel.row("Fluent Bit")).toContainText("seed.audit-logging");
      await expect(panel.row("Cilium network policies")).toBeVisible();
      await expect(panel.row("Falco")).toHaveAttribute("data-health", "healthy");
      await expect(panel.row("Falco")).toContainText("seed.pod-security");
      // One of its ExternalSecrets does not sync.
      await expect(panel.row("External Secrets Operator")).toHaveAttribute("data-health", "degraded");
      await expect(panel.row("External Secrets Operator")).toContainText("SecretSyncedError");
      await expect(panel.row("Argo CD")).toContainText("4 Applications, 4 reverting drift.");
      await expect(panel.row("Argo CD")).toContainText("seed.immutability");
      await expect(panel.row("Trivy Operator")).toContainText("VulnerabilityReports");
      await expect(panel.row("Trivy Operator")).toContainText("seed.image-policy");
      await expect(panel.row("Trivy Operator")).toContainText(
        "Admission rejects critical CVEs (ClusterPolicy/reject-critical-vulnerabilities).",
      );

      const kasten = panel.row("Kasten K10");
      await expect(kasten).toHaveAttribute("data-health", "healthy");
      await expect(kasten).toContainText("Policy kasten-io/daily-backup");
      await expect(kasten).toContainText("seed.etcd-backup");
      await expect(panel.row("Kubewarden")).toHaveAttribute("data-health", "healthy");
      await expect(panel.row("Kubewarden")).toContainText("1 verifying image signatures");
      await expect(panel.row("Kubewarden")).toContainText("seed.image-policy");
      const vault = panel.row("Vault CSI provider");
      await expect(vault).toHaveAttribute("data-health", "healthy");
      await expect(vault).toContainText("DaemonSet vault/vault-csi-provider");
      await expect(vault).toContainText("seed.secrets-encryption");

      await panel.root.scrollIntoViewIfNeeded();
      await panel.root.screenshot({ path: `${SCREENSHOTS}/evidence-sources.png` });
    });
  });
});
