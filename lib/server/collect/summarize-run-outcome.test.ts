import { describe, expect, it } from "vitest";
import type { ClusterSnapshot } from "./snapshot/cluster-snapshot";
import type { CollectionError } from "./snapshot/collection-error";
import { summarizeRunOutcome } from "./summarize-run-outcome";

function snapshotWith({ versionKnown, errors }: { versionKnown: boolean; errors: CollectionError[] }): ClusterSnapshot {
  return {
    kubernetes: {
      version: {
        data: versionKnown ? { gitVersion: "v1.33.4" } : null,
        errors: versionKnown ? [] : errors.slice(0, 1),
      },
    },
    errors,
  } as unknown as ClusterSnapshot;
}

const refused: CollectionError = { target: "kubernetes:version", kind: "unreachable", message: "connection refused" };
const podsTimeout: CollectionError = { target: "kubernetes:pods", kind: "timeout", message: "no answer in 15000 ms" };
const machineConfig: CollectionError = {
  target: "talos:node/10.0.0.2:MachineConfig",
  kind: "forbidden",
  message: "not readable with this credential (needs os:admin)",
};
const rbac: CollectionError = {
  target: "kubernetes:clusterrolebindings",
  kind: "forbidden",
  message: "clusterrolebindings is forbidden",
};
const secrets: CollectionError = { target: "kubernetes:secrets", kind: "forbidden", message: "secrets is forbidden" };

describe("run outcome", () => {
  it("fails when the Kubernetes API could not be read at all, with that reason", () => {
    const { outcome, summary } = summarizeRunOutcome(snapshotWith({ versionKnown: false, errors: [refused] }));
    expect(outcome).toBe("failed");
    expect(summary.reason).toBe("kubernetes:version: connection refused");
    expect(summary.byKind).toEqual({ unreachable: 1 });
  });

  it("is partial when some parts are missing, counting them by kind", () => {
    const { outcome, summary } = summarizeRunOutcome(snapshotWith({ versionKnown: true, errors: [podsTimeout, rbac] }));
    expect(outcome).toBe("partial");
    expect(summary).toMatchObject({ total: 2, byKind: { timeout: 1, forbidden: 1 }, notReadableWithCredential: 0 });
    expect(summary.reason).toBeUndefined();
  });

  it("succeeds when only parts the Talos role may not read are missing, and counts them apart", () => {
    const { outcome, summary } = summarizeRunOutcome(snapshotWith({ versionKnown: true, errors: [machineConfig] }));
    expect(outcome).toBe("succeeded");
    expect(summary).toMatchObject({ total: 0, notReadableWithCredential: 1, items: [] });
  });

  it("succeeds when only Secrets are forbidden (the optional secrets-metadata role is not bound)", () => {
    const { outcome, summary } = summarizeRunOutcome(snapshotWith({ versionKnown: true, errors: [secrets] }));
    expect(outcome).toBe("succeeded");
    expect(summary).toMatchObject({ total: 0, notReadableWithCredential: 1 });
  });
});
