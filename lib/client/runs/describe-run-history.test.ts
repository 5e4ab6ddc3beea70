import { describe, expect, it } from "vitest";
import { describeRunHistory } from "./describe-run-history";
import { makeRun } from "./testing/make-run";

const HASH_A = "a".repeat(52) + "0123456789ab";
const HASH_B = "b".repeat(64);

describe("describeRunHistory", () => {
  it("shows 12 characters of the snapshot hash and marks a repeat of the previous snapshot unchanged", () => {
    const rows = describeRunHistory([
      makeRun({ id: "r3", status: "succeeded", snapshotHash: HASH_A, durationMs: 3_000 }),
      makeRun({ id: "r2", status: "failed", snapshotHash: null, durationMs: 900 }),
      makeRun({ id: "r1", status: "succeeded", snapshotHash: HASH_A, durationMs: 3_100 }),
      makeRun({ id: "r0", status: "succeeded", snapshotHash: HASH_B, durationMs: 3_100 }),
    ]);
    expect(rows.map((row) => row.snapshot)).toEqual([
      // A failed run in between stored nothing: r3 still has the snapshot r1 had.
      { short: HASH_A.slice(0, 12), full: HASH_A, isUnchanged: true },
      null,
      { short: HASH_A.slice(0, 12), full: HASH_A, isUnchanged: false },
      // The oldest loaded run has nothing to compare with.
      { short: HASH_B.slice(0, 12), full: HASH_B, isUnchanged: false },
    ]);
  });

  it("words status, trigger, duration and error count; an active run has neither duration nor count yet", () => {
    const [done, active] = describeRunHistory([
      makeRun({
        status: "partial",
        trigger: "schedule",
        requestedBy: "schedule",
        durationMs: 65_000,
        errors: { total: 3, byKind: { timeout: 3 }, items: [], reason: null, notReadableWithCredential: 0 },
      }),
      makeRun({ status: "running", trigger: "fleet" }),
    ]);
    expect(done).toMatchObject({
      statusLabel: "Partial",
      tone: "warning",
      trigger: "Schedule",
      duration: "1 min 5 s",
      errorCount: 3,
    });
    expect(active).toMatchObject({ statusLabel: "Running", trigger: "Collect all", duration: "—", errorCount: null });
  });
});
