import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/catalog/catalog";
import { FINDINGS_CSV_HEADER, findingCsvLine } from "@/lib/server/evidence/pack-rows";
import type { FindingStateRow } from "@/lib/server/store/findings/find-findings";
import type { ActiveImportedResult } from "./merge-imported-findings";
import { toImportedFindingRecords } from "./to-imported-finding-records";

const checks = new Map(CATALOG.checks.map((check) => [check.id, check]));
const TO = new Date("2026-12-01T00:00:00Z");

const result = (checkId: string, status: "PASS" | "FAIL", node: string | null = null): ActiveImportedResult => ({
  importId: "imp-1",
  tool: "kube-bench",
  toolVersion: null,
  benchmark: "cis-1.10",
  node,
  importedAt: new Date("2026-11-20T08:00:00Z"),
  expiresAt: new Date("2026-12-20T08:00:00Z"),
  externalId: checkId.slice(4),
  checkId,
  title: checkId,
  status,
  rawStatus: status,
  remediation: null,
  detail: "permissions=644",
});

const state = (checkId: string, status: FindingStateRow["status"], until: Date | null = null) =>
  ({ checkId, status, since: new Date("2026-11-01T00:00:00Z"), until }) as FindingStateRow;

describe("toImportedFindingRecords", () => {
  it("cites each imported result with its provenance and how it counted at the pack's end", () => {
    const records = toImportedFindingRecords({
      cluster: { id: "c1", name: "talos-edge", environment: "edge", platform: "talos" },
      imported: [result("cis.1.1.1", "FAIL", "cp-1"), result("cis.1.2.16", "PASS")],
      // 1.2.16: PASS until before `to`, then UNKNOWN: at the end Lotse could not read it.
      states: [
        state("cis.1.1.1", "PASS"),
        state("cis.1.2.16", "PASS", new Date("2026-11-25T00:00:00Z")),
        state("cis.1.2.16", "UNKNOWN"),
      ],
      checks,
      catalogVersion: CATALOG.version,
      to: TO,
    });
    expect(records.map((record) => [record.checkId, record.subjectKey, record.status])).toEqual([
      ["cis.1.1.1", "node/cp-1", "FAIL"],
      ["cis.1.2.16", "cluster", "PASS"],
    ]);
    expect(records[0]!.message).toMatch(/false-positive: Known architectural false positive on Talos/);
    expect(records[1]!.message).toMatch(/adopted/);
    expect(records[0]!.source).toBe(
      "import:kube-bench; benchmark cis-1.10; node cp-1; imported 2026-11-20T08:00:00.000Z; expires 2026-12-20T08:00:00.000Z; id imp-1",
    );
    expect(records[0]).toMatchObject({ stateUntil: null, lastSeen: TO.toISOString(), snapshotSha256: "" });
    const line = findingCsvLine({ ...records[0]!, controls: ["1.1.1"] });
    expect(line.trimEnd().endsWith(records[0]!.source)).toBe(true);
    expect(FINDINGS_CSV_HEADER.trimEnd().endsWith(",source")).toBe(true);
  });
});
