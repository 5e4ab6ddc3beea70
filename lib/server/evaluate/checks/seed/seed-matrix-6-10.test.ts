import { beforeAll, describe, expect, it } from "vitest";
import type { PlatformProfile } from "@/lib/sim/model";
import type { CheckEvaluator, CheckResult } from "../../evaluator-types";
import { subjectKey } from "../../subject-key";
import { PROFILES } from "../../testing/profile-snapshots";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { anonymousRbacEvaluator } from "./evaluate-anonymous-rbac";
import { etcdBackupEvaluator } from "./evaluate-etcd-backup";
import { imagePolicyEvaluator } from "./evaluate-image-policy";
import { immutabilityEvaluator } from "./evaluate-immutability";
import { versionsEvaluator } from "./evaluate-versions";

// Seed checks 6–10 on every platform profile of the simulator, evaluated at FIXTURE_NOW
// (2026-11-23). Each cell lists the findings as "subject: STATUS", so a changed verdict or a new
// or missing finding shows up here. Why each cell is what it is:
// - anonymous-rbac: kubeadm-default leaves --anonymous-auth unset; talos-drifted and kubeadm-default
//   bind a wildcard ClusterRole to a CI service account; Lotse's own reader may read Secrets (WARN
//   for review everywhere); managed hides the flag (NOT_APPLICABLE, never PASS).
// - image-policy: Kyverno verifyImages Enforce (hardened), Audit with fail-open webhooks (default,
//   drifted), nothing (kubeadm-default), Sigstore enforce with opted-in namespaces (managed).
// - versions: Kubernetes 1.36 is supported until 2027-06-28; Talos v1.13.2 is one minor behind
//   v1.14 (released 2026-08-30 per the support matrix).
// - immutability: fluent-bit has a writable root everywhere; the drifted and default clusters add more.
// - etcd-backup: the hardened backups ran hours ago; the default/drifted ones last succeeded
//   33–34 h ago and their latest run failed; managed etcd is the provider's.
const EXPECTED: Record<string, Record<PlatformProfile, string[]>> = {
  "seed.anonymous-rbac": {
    "talos-hardened": ["cluster: PASS", "object/ClusterRoleBinding//lotse-reader-secrets-metadata: WARN"],
    "talos-default": ["cluster: PASS", "object/ClusterRoleBinding//lotse-reader-secrets-metadata: WARN"],
    "talos-drifted": [
      "cluster: PASS",
      "object/ClusterRoleBinding//ci-deployer: FAIL",
      "object/ClusterRoleBinding//lotse-reader-secrets-metadata: WARN",
    ],
    "kubeadm-default": [
      "cluster: FAIL",
      "object/ClusterRoleBinding//ci-deployer: FAIL",
      "object/ClusterRoleBinding//lotse-reader-secrets-metadata: WARN",
    ],
    "kubeadm-hardened": ["cluster: PASS", "object/ClusterRoleBinding//lotse-reader-secrets-metadata: WARN"],
    managed: ["cluster: NOT_APPLICABLE", "object/ClusterRoleBinding//lotse-reader-secrets-metadata: WARN"],
  },
  "seed.image-policy": {
    "talos-hardened": ["cluster: PASS"],
    "talos-default": ["cluster: WARN"],
    "talos-drifted": ["cluster: WARN"],
    "kubeadm-default": ["cluster: FAIL"],
    "kubeadm-hardened": ["cluster: PASS"],
    managed: ["cluster: PASS"],
  },
  "seed.versions": {
    "talos-hardened": ["cluster: WARN"],
    "talos-default": ["cluster: WARN"],
    "talos-drifted": ["cluster: WARN"],
    "kubeadm-default": ["cluster: PASS"],
    "kubeadm-hardened": ["cluster: PASS"],
    managed: ["cluster: PASS"],
  },
  "seed.immutability": {
    "talos-hardened": ["cluster: WARN"],
    "talos-default": ["cluster: WARN"],
    "talos-drifted": ["cluster: FAIL"],
    "kubeadm-default": ["cluster: FAIL"],
    "kubeadm-hardened": ["cluster: WARN"],
    managed: ["cluster: FAIL"],
  },
  "seed.etcd-backup": {
    "talos-hardened": ["cluster: PASS"],
    "talos-default": ["cluster: WARN"],
    "talos-drifted": ["cluster: WARN"],
    "kubeadm-default": ["cluster: WARN"],
    "kubeadm-hardened": ["cluster: PASS"],
    managed: ["cluster: NOT_APPLICABLE"],
  },
};

const EVALUATORS: CheckEvaluator[] = [
  anonymousRbacEvaluator,
  imagePolicyEvaluator,
  versionsEvaluator,
  immutabilityEvaluator,
  etcdBackupEvaluator,
];

const cells = EVALUATORS.flatMap((evaluator) => PROFILES.map((profile) => ({ evaluator, profile })));

const describeFindings = (results: CheckResult[]) =>
  results.map((result) => `${subjectKey(result.subject)}: ${result.status}`).sort();

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

describe("seed checks 6–10 × platform profiles", () => {
  it.each(cells.map((cell) => [cell.evaluator.check.id, cell.profile, cell.evaluator] as const))(
    "%s on %s",
    async (checkId, profile, evaluator) => {
      const results = await evaluate(evaluator, profile);
      expect(describeFindings(results)).toEqual(EXPECTED[checkId]?.[profile]);
      for (const result of results) {
        expect(result.message).toMatch(/^[A-Z].*\.$/);
        expect(result.evidence.length).toBeGreaterThan(0);
      }
    },
  );

  it("gives every finding of one check its own subject (findings are tracked per check and subject)", async () => {
    for (const { evaluator, profile } of cells) {
      const keys = (await evaluate(evaluator, profile)).map((result) => subjectKey(result.subject));
      expect(new Set(keys).size, `${evaluator.check.id} on ${profile}`).toBe(keys.length);
    }
  });
});
