import { describe, expect, it } from "vitest";
import type { KastenActionSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { mapClusterImagePolicy } from "./map-cluster-image-policy";
import { mapKastenAction } from "./map-kasten-action";
import { mapKyvernoPolicy } from "./map-kyverno-policy";
import { mapRatifyResource } from "./map-ratify-resource";
import { summarizeKastenPolicies } from "./summarize-kasten-policies";

const metadata = (name: string, namespace?: string, labels?: Record<string, string>) => ({ name, namespace, labels });

describe("ecosystem tool mappers", () => {
  it("reads Kyverno vulnerability gates: attestation types (new and old field name) and VulnerabilityReport lookups", () => {
    const policy = mapKyvernoPolicy(
      {
        metadata: metadata("cves"),
        spec: {
          validationFailureAction: "Enforce",
          rules: [
            {
              name: "attested",
              verifyImages: [
                {
                  imageReferences: ["*"],
                  attestations: [{ predicateType: "https://cosign.sigstore.dev/attestation/vuln/v1" }],
                },
              ],
            },
            {
              name: "lookup",
              context: [
                {
                  name: "reports",
                  apiCall: {
                    urlPath:
                      "/apis/aquasecurity.github.io/v1alpha1/namespaces/{{request.namespace}}/vulnerabilityreports",
                  },
                },
              ],
              validate: { deny: {} },
            },
            { name: "plain", validate: { pattern: {} } },
          ],
        },
      },
      "ClusterPolicy",
    );
    expect(
      policy.ok &&
        policy.value.rules.map((rule) => [
          rule.name,
          rule.verifyImages[0]?.attestationTypes,
          rule.readsVulnerabilityReports,
        ]),
    ).toEqual([
      ["attested", ["https://cosign.sigstore.dev/attestation/vuln/v1"], undefined],
      ["lookup", undefined, true],
      ["plain", undefined, undefined],
    ]);
  });

  it("reads the attestation predicate types of a ClusterImagePolicy's authorities, and none when it has none", () => {
    const withAttestation = mapClusterImagePolicy({
      metadata: metadata("cves"),
      spec: { authorities: [{ keyless: {}, attestations: [{ name: "vuln", predicateType: "vuln" }] }] },
    });
    expect(withAttestation.ok && withAttestation.value).toMatchObject({
      authorityCount: 1,
      attestationPredicateTypes: ["vuln"],
    });
    const plain = mapClusterImagePolicy({ metadata: metadata("signed"), spec: { authorities: [{ key: {} }] } });
    expect(plain.ok && "attestationPredicateTypes" in plain.value).toBe(false);
  });

  it("reads Ratify's plugin type from spec.name before 1.2 and spec.type after, and splits the artifact types", () => {
    const old = mapRatifyResource(
      {
        metadata: metadata("v"),
        spec: { name: "notation", artifactTypes: "a, b" },
        status: { issuccess: false, brieferror: "no cert" },
      },
      "Verifier",
    );
    expect(old.ok && old.value).toMatchObject({
      type: "notation",
      artifactTypes: ["a", "b"],
      isSuccess: false,
      error: "no cert",
    });
    const current = mapRatifyResource({ metadata: metadata("v"), spec: { name: "v", type: "cosign" } }, "Verifier");
    expect(current.ok && current.value.type).toBe("cosign");
  });

  it("takes a K10 policy's RunActions as its runs, its BackupActions only when no RunAction is kept, and K10's error", () => {
    const action = (kind: KastenActionSummary["kind"], name: string, state: string, startTime: string) => {
      const mapped = mapKastenAction(
        {
          metadata: metadata(name, "kasten-io", { "k10.kasten.io/policyName": "daily" }),
          status: { state, startTime, error: state === "Failed" ? { message: "x".repeat(400) } : undefined },
        },
        kind,
      );
      if (!mapped.ok) throw new Error(mapped.message);
      return mapped.value;
    };
    const policy = {
      namespace: "kasten-io",
      name: "daily",
      frequency: "@daily",
      paused: false,
      actions: ["backup"],
      validation: "Success",
    };
    const [withRuns] = summarizeKastenPolicies({
      policies: [policy],
      actions: [
        action("RunAction", "run-1", "Complete", "2026-11-20T23:00:00Z"),
        action("RunAction", "run-2", "Failed", "2026-11-21T23:00:00Z"),
        action("BackupAction", "backup-2", "Complete", "2026-11-21T23:00:05Z"),
      ],
    });
    expect(withRuns).toMatchObject({
      latestRun: { name: "run-2" },
      latestSuccessfulRun: { name: "run-1" },
      runCount: 2,
    });
    expect(withRuns?.latestRun?.error).toHaveLength(300);
    const [backupsOnly] = summarizeKastenPolicies({
      policies: [policy],
      actions: [action("BackupAction", "backup-2", "Complete", "2026-11-21T23:00:05Z")],
    });
    expect(backupsOnly).toMatchObject({ latestSuccessfulRun: { kind: "BackupAction", name: "backup-2" }, runCount: 1 });
  });
});
