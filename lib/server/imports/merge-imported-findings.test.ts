import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/catalog/catalog";
import type { FindingStatus } from "@/lib/catalog/catalog-types";
import { toClusterFrameworkView } from "@/lib/server/evaluations/view-framework";
import type { FindingStateRow } from "@/lib/server/store/findings/find-findings";
import type { ImportedStatus } from "@/lib/shared/import-view";
import { parseScannerDocument } from "./detect-scanner-format";
import { toImportedResults } from "./import-scanner-results";
import { mergeImportedFindings, type ActiveImportedResult } from "./merge-imported-findings";
import { TALOS_KUBE_BENCH_FALSE_POSITIVES } from "./talos-false-positives";
import { buildKubeadmKubeBenchReport, buildTalosKubeBenchReport } from "./testing/build-kube-bench-report";

const IMPORTED_AT = new Date("2026-11-30T10:00:00Z");
const EXPIRES_AT = new Date("2026-12-30T10:00:00Z");
const checks = new Map(CATALOG.checks.map((check) => [check.id, check]));

function own(checkId: string, status: FindingStatus, subjectKey = "cluster"): FindingStateRow {
  return {
    id: `${checkId}/${subjectKey}`,
    clusterId: "c1",
    checkId,
    subjectKey,
    subject: subjectKey === "cluster" ? { kind: "cluster" } : { kind: "node", name: subjectKey.slice(5) },
    status,
    rawStatus: status,
    message: "own",
    evidence: [],
    stateHash: "h",
    waiverId: null,
    since: new Date("2026-11-29T00:00:00Z"),
    until: null,
    openedBy: "e1",
    snapshotHash: "s",
    catalogVersion: CATALOG.version,
  } as FindingStateRow;
}

function imported(
  checkId: string,
  status: ImportedStatus,
  extra: Partial<ActiveImportedResult> = {},
): ActiveImportedResult {
  return {
    importId: "i1",
    tool: "kube-bench",
    toolVersion: null,
    benchmark: "cis-1.10",
    node: null,
    importedAt: IMPORTED_AT,
    expiresAt: EXPIRES_AT,
    externalId: checkId.slice(4),
    checkId,
    title: checkId,
    status,
    rawStatus: status,
    remediation: null,
    detail: null,
    ...extra,
  };
}

/** Every CIS check's own status as Lotse gives it for the platform, and the report imported over it. */
function fromReport(report: unknown, ownStatus: (checkId: string) => FindingStatus) {
  const { results } = toImportedResults({ scan: parseScannerDocument(report), checks });
  const importedResults = results.map((result) =>
    imported(result.checkId!, result.status as ImportedStatus, { externalId: result.externalId }),
  );
  const rows = [...new Set(importedResults.map((result) => result.checkId))].map((id) => own(id, ownStatus(id)));
  return { rows, importedResults };
}

describe("mergeImportedFindings", () => {
  it("answers a kubeadm cluster's file checks with kube-bench's node-level results", () => {
    const merge = mergeImportedFindings({
      rows: [
        own("cis.1.1.1", "UNKNOWN"),
        own("cis.4.1.9", "UNKNOWN"),
        own("cis.4.1.3", "WARN"),
        own("cis.1.2.1", "FAIL"),
      ],
      imported: [
        imported("cis.1.1.1", "PASS"),
        imported("cis.4.1.9", "FAIL", { detail: "permissions=644" }),
        imported("cis.4.1.3", "PASS"),
        imported("cis.1.2.1", "PASS"),
      ],
      platform: "kubeadm",
    });
    expect(merge.adopted.map((finding) => [finding.checkId, finding.status])).toEqual([
      ["cis.1.1.1", "PASS"],
      ["cis.4.1.3", "PASS"],
      ["cis.4.1.9", "FAIL"],
    ]);
    expect(merge.adopted[2]!.message).toBe("kube-bench 4.1.9: FAIL (permissions=644)");
    expect(merge.ownRows.map((row) => row.checkId)).toEqual(["cis.1.2.1"]);
    expect(merge.findings).toHaveLength(4);
    const note = merge.notes.get("cis.1.2.1")![0]!;
    expect(note).toMatchObject({ disposition: "superseded", status: "PASS" });
    expect(note.reason).toMatch(/Lotse's own evidence \(FAIL\) decides/);
  });

  it("marks the 29 known kube-bench false positives on Talos, and none of them counts", () => {
    const { rows, importedResults } = fromReport(buildTalosKubeBenchReport(), () => "PASS");
    const merge = mergeImportedFindings({ rows, imported: importedResults, platform: "talos" });
    const falsePositives = [...merge.notes.values()].flat().filter((note) => note.disposition === "false-positive");
    const failing = falsePositives.filter((note) => note.status === "FAIL");
    expect(failing).toHaveLength(29);
    expect(failing.filter((note) => note.externalId.startsWith("1."))).toHaveLength(21);
    expect(failing.filter((note) => note.externalId.startsWith("4."))).toHaveLength(8);
    expect(falsePositives.map((note) => note.externalId)).toEqual(expect.arrayContaining(["1.1.20", "1.1.21"]));
    expect(merge.notes.get("cis.1.2.7")![0]!.reason).toMatch(/--authorization-config/);
    expect(merge.adopted).toEqual([]);
    expect(merge.findings.every((finding) => finding.status === "PASS")).toBe(true);
  });

  it("uses no false-positive list off Talos: the same FAILs on kubeadm answer UNKNOWN file checks", () => {
    const { rows, importedResults } = fromReport(buildTalosKubeBenchReport(), (id) =>
      /^cis\.(1\.1|4\.1)\./.test(id) ? "UNKNOWN" : "PASS",
    );
    const merge = mergeImportedFindings({ rows, imported: importedResults, platform: "kubeadm" });
    expect([...merge.notes.values()].flat().some((note) => note.disposition === "false-positive")).toBe(false);
    expect(merge.adopted.find((finding) => finding.checkId === "cis.1.1.1")?.status).toBe("FAIL");
  });

  it("on Talos, lets an import answer a check Lotse could not read, unless it is a known false positive", () => {
    const merge = mergeImportedFindings({
      rows: [own("cis.1.2.16", "UNKNOWN"), own("cis.1.1.1", "UNKNOWN")],
      imported: [imported("cis.1.2.16", "PASS"), imported("cis.1.1.1", "FAIL")],
      platform: "talos",
    });
    expect(merge.adopted.map((finding) => finding.checkId)).toEqual(["cis.1.2.16"]);
    expect(merge.notes.get("cis.1.1.1")![0]!.disposition).toBe("false-positive");
    expect(merge.ownRows.map((row) => row.checkId)).toEqual(["cis.1.1.1"]);
  });

  it("keeps only the newest import per tool and node; different nodes each count", () => {
    const merge = mergeImportedFindings({
      rows: [own("cis.4.1.9", "UNKNOWN")],
      imported: [
        imported("cis.4.1.9", "FAIL", { importId: "old", node: "w1", importedAt: new Date("2026-11-01T00:00:00Z") }),
        imported("cis.4.1.9", "PASS", { importId: "new", node: "w1" }),
        imported("cis.4.1.9", "FAIL", { importId: "w2", node: "w2" }),
      ],
      platform: "kubeadm",
    });
    expect(merge.adopted.map((finding) => [finding.subjectKey, finding.status, finding.provenance.importId])).toEqual([
      ["node/w1", "PASS", "new"],
      ["node/w2", "FAIL", "w2"],
    ]);
  });

  it("does not let a scanner's WARN or INFO replace anything", () => {
    const merge = mergeImportedFindings({
      rows: [own("cis.4.1.3", "WARN")],
      imported: [imported("cis.4.1.3", "WARN"), imported("cis.4.1.3", "UNKNOWN", { tool: "trivy" })],
      platform: "kubeadm",
    });
    expect(merge.adopted).toEqual([]);
    expect(merge.notes.get("cis.4.1.3")!.map((note) => note.disposition)).toEqual(["informational", "informational"]);
  });
});

describe("the CIS view with a kube-bench import", () => {
  it("turns a kubeadm cluster's unknown file controls into the answers kube-bench found on the node", () => {
    const { rows, importedResults } = fromReport(buildKubeadmKubeBenchReport(), (id) =>
      /^cis\.(1\.1|4\.1)\./.test(id) ? "UNKNOWN" : "PASS",
    );
    const view = (withImports: boolean) =>
      toClusterFrameworkView({
        catalog: CATALOG,
        frameworkId: "cis-k8s",
        rows,
        evaluatedAt: null,
        imports: withImports
          ? mergeImportedFindings({ rows, imported: importedResults, platform: "kubeadm" })
          : undefined,
      })!;
    const status = (result: ReturnType<typeof view>, id: string) =>
      result.controls.find((control) => control.id === id)?.status;
    const before = view(false);
    const after = view(true);
    expect(status(before, "1.1.1")).toBe("UNKNOWN");
    expect(status(after, "1.1.1")).toBe("PASS");
    expect(status(after, "1.1.12")).toBe("FAIL");
    expect(status(after, "4.1.9")).toBe("FAIL");
    expect(after.counts.unknown).toBeLessThan(before.counts.unknown);
    const check = after.controls.find((control) => control.id === "4.1.1")!.checks[0]!;
    expect(check.imported?.[0]).toMatchObject({
      tool: "kube-bench",
      disposition: "adopted",
      importedAt: IMPORTED_AT.toISOString(),
    });
  });

  it("leaves a Talos cluster's score alone and shows each false positive with its reason", () => {
    const { rows, importedResults } = fromReport(buildTalosKubeBenchReport(), () => "PASS");
    const merge = mergeImportedFindings({ rows, imported: importedResults, platform: "talos" });
    const view = toClusterFrameworkView({
      catalog: CATALOG,
      frameworkId: "cis-k8s",
      rows,
      evaluatedAt: null,
      imports: merge,
    })!;
    const plain = toClusterFrameworkView({ catalog: CATALOG, frameworkId: "cis-k8s", rows, evaluatedAt: null })!;
    expect(view.score).toBe(plain.score);
    const marked = view.controls.flatMap((control) =>
      control.checks.flatMap((check) => check.imported ?? []).filter((note) => note.disposition === "false-positive"),
    );
    expect(marked.map((note) => `cis.${note.externalId}`).sort()).toEqual(
      [...TALOS_KUBE_BENCH_FALSE_POSITIVES.keys()].sort(),
    );
  });
});
