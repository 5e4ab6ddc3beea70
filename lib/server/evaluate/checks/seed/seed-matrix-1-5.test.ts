// Seed checks 1–5 × every platform profile of the simulator: what each cell must show. Talos
// profiles are evaluated with an os:reader and an os:admin credential, since what Lotse can prove
// about encryption, audit policy and firewall depends on it.
import { beforeAll, describe, expect, it } from "vitest";
import type { FindingStatus } from "@/lib/catalog/catalog-types";
import type { PlatformProfile } from "@/lib/sim/model";
import type { CheckEvaluator } from "../../evaluator-types";
import { PROFILES } from "../../testing/profile-snapshots";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { apiServerAccessEvaluator } from "./evaluate-api-server-access";
import { auditLoggingEvaluator } from "./evaluate-audit-logging";
import { networkPoliciesEvaluator } from "./evaluate-network-policies";
import { podSecurityEvaluator } from "./evaluate-pod-security";
import { secretsEncryptionEvaluator } from "./evaluate-secrets-encryption";
import { statusBySubject } from "./support/seed-test-helpers";

type Status = Exclude<FindingStatus, "WAIVED">;
type Role = "os:reader" | "os:admin";
/** Control-plane checks: the status of every finding. Namespace checks: the status per named namespace. */
type Cell = Status | Record<string, Status>;

const CONTROL_PLANE_CHECKS = {
  "seed.api-server-access": apiServerAccessEvaluator,
  "seed.secrets-encryption": secretsEncryptionEvaluator,
  "seed.audit-logging": auditLoggingEvaluator,
} as const;
const NAMESPACE_CHECKS = {
  "seed.pod-security": podSecurityEvaluator,
  "seed.network-policies": networkPoliciesEvaluator,
} as const;
const EVALUATORS: Record<string, CheckEvaluator> = { ...CONTROL_PLANE_CHECKS, ...NAMESPACE_CHECKS };
type CheckId = keyof typeof CONTROL_PLANE_CHECKS | keyof typeof NAMESPACE_CHECKS;

const APP = ["berth-planning", "vessel-traffic"] as const;
const both = (status: Status): Record<string, Status> => Object.fromEntries(APP.map((name) => [name, status]));

const MATRIX: Record<PlatformProfile, Partial<Record<Role, Record<CheckId, Cell>>>> = {
  "talos-hardened": {
    "os:reader": {
      // No firewall documents are visible, and encryption providers and audit policy need os:admin.
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "WARN",
      "seed.audit-logging": "WARN",
      "seed.pod-security": { ...both("PASS"), kyverno: "PASS", default: "WARN", logging: "FAIL" },
      "seed.network-policies": { ...both("PASS"), default: "NOT_APPLICABLE", kyverno: "FAIL" },
    },
    "os:admin": {
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "PASS",
      "seed.audit-logging": "PASS",
      "seed.pod-security": { ...both("PASS"), default: "WARN" },
      "seed.network-policies": both("PASS"),
    },
  },
  "talos-default": {
    "os:reader": {
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "WARN",
      "seed.audit-logging": "WARN",
      // No labels: Talos' baseline default applies everywhere.
      "seed.pod-security": { ...both("WARN"), default: "WARN", logging: "WARN" },
      // Flannel (Talos' default CNI) ignores NetworkPolicies: the default deny that is there is a WARN.
      "seed.network-policies": { "berth-planning": "WARN", "vessel-traffic": "FAIL" },
    },
    "os:admin": {
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "PASS",
      "seed.audit-logging": "PASS",
      "seed.pod-security": both("WARN"),
      "seed.network-policies": { "berth-planning": "WARN", "vessel-traffic": "FAIL" },
    },
  },
  "talos-drifted": {
    "os:reader": {
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "WARN",
      "seed.audit-logging": "WARN",
      "seed.pod-security": { ...both("WARN"), kyverno: "PASS", monitoring: "FAIL" },
      "seed.network-policies": both("FAIL"),
    },
    "os:admin": {
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "PASS",
      "seed.audit-logging": "PASS",
      "seed.pod-security": both("WARN"),
      "seed.network-policies": both("FAIL"),
    },
  },
  "kubeadm-default": {
    "os:reader": {
      "seed.api-server-access": "FAIL",
      "seed.secrets-encryption": "FAIL",
      "seed.audit-logging": "FAIL",
      "seed.pod-security": { ...both("FAIL"), default: "FAIL" },
      "seed.network-policies": { ...both("FAIL"), default: "NOT_APPLICABLE" },
    },
  },
  "kubeadm-hardened": {
    "os:reader": {
      // The encryption config, audit policy and admission config files are not visible through the API.
      "seed.api-server-access": "WARN",
      "seed.secrets-encryption": "WARN",
      "seed.audit-logging": "WARN",
      "seed.pod-security": { ...both("PASS"), default: "WARN", monitoring: "FAIL" },
      "seed.network-policies": { ...both("PASS"), logging: "FAIL" },
    },
  },
  managed: {
    "os:reader": {
      "seed.api-server-access": "NOT_APPLICABLE",
      "seed.secrets-encryption": "NOT_APPLICABLE",
      "seed.audit-logging": "NOT_APPLICABLE",
      "seed.pod-security": { "berth-planning": "WARN", "vessel-traffic": "WARN", "cosign-system": "PASS" },
      "seed.network-policies": { "berth-planning": "PASS", "vessel-traffic": "FAIL", "cosign-system": "FAIL" },
    },
  },
};

const CELLS = PROFILES.flatMap((profile) =>
  Object.entries(MATRIX[profile]).flatMap(([role, row]) =>
    Object.entries(row).map(([checkId, cell]) => ({ profile, role: role as Role, checkId, cell })),
  ),
);

describe("seed checks 1–5 × platform profiles", () => {
  beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

  it("covers every check for every profile", () => {
    for (const profile of PROFILES) {
      expect(Object.keys(MATRIX[profile]["os:reader"] ?? {}).sort()).toEqual(Object.keys(EVALUATORS).sort());
    }
  });

  it.each(CELLS)("$profile ($role) $checkId", async ({ profile, role, checkId, cell }) => {
    const results = await evaluate(EVALUATORS[checkId]!, profile, { talosRole: role });
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.checkId).toBe(checkId);
      expect(result.message).toMatch(/^[A-Za-z].*[.)]$/);
      expect(result.message).not.toContain("\n");
      expect(result.evidence.length).toBeGreaterThan(0);
    }
    const statuses = statusBySubject(results);
    // The fixtures are complete: nothing is UNKNOWN.
    expect(Object.values(statuses)).not.toContain("UNKNOWN");
    if (typeof cell === "string") {
      expect(new Set(Object.values(statuses))).toEqual(new Set([cell]));
      return;
    }
    expect(statuses).toMatchObject(cell);
    for (const [name, status] of Object.entries(statuses)) {
      if (name.startsWith("kube-")) expect(status).toBe("NOT_APPLICABLE");
    }
  });

  it("never passes a control-plane check on a managed cluster", async () => {
    for (const evaluator of Object.values(CONTROL_PLANE_CHECKS)) {
      const statuses = (await evaluate(evaluator, "managed")).map((result) => result.status);
      expect(statuses).not.toContain("PASS");
    }
  });
});
