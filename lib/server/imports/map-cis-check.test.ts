import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/catalog/catalog";
import { AppError } from "@/lib/server/http/app-error";
import { parseScannerDocument } from "./detect-scanner-format";
import { toImportedResults } from "./import-scanner-results";
import { mapCisCheck, normalizeCisTitle } from "./map-cis-check";
import { fixtureJson } from "./testing/read-fixture";
import { buildKubeadmKubeBenchReport, buildKubeBenchReport } from "./testing/build-kube-bench-report";

const checks = new Map(CATALOG.checks.map((check) => [check.id, check]));

function mapped(name: string) {
  const { results } = toImportedResults({ scan: parseScannerDocument(fixtureJson(name)), checks });
  return Object.fromEntries(results.map((result) => [result.externalId, result]));
}

describe("normalizeCisTitle", () => {
  it("reduces scanner and catalog wording to the same words", () => {
    expect(normalizeCisTitle("Ensure that the --anonymous-auth argument is set to false (Manual)")).toBe(
      normalizeCisTitle("--anonymous-auth argument is set to false"),
    );
    expect(normalizeCisTitle("Verify that the --read-only-port argument is set to 0 (Manual)")).toBe(
      normalizeCisTitle("Verify that the --read-only-port argument is set to 0"),
    );
    expect(normalizeCisTitle("Ensure that the etcd data directory ownership is set to etcd:etcd")).not.toBe(
      normalizeCisTitle("Etcd data directory permissions are set to 700 or more restrictive"),
    );
  });
});

describe("mapCisCheck", () => {
  it("trusts a cis-1.10 number, and requires the same title for any other benchmark", () => {
    expect(mapCisCheck({ cisId: "1.2.6", title: "anything", isCis110: true, checks }).checkId).toBe("cis.1.2.6");
    const moved = mapCisCheck({
      cisId: "1.2.6",
      title: "Ensure that the --kubelet-certificate-authority argument is set as appropriate",
      isCis110: false,
      checks,
    });
    expect(moved.checkId).toBeNull();
    expect(moved.reason).toMatch(/numbering differs/);
    expect(mapCisCheck({ cisId: "9.9.9", title: "x", isCis110: true, checks }).checkId).toBeNull();
    expect(mapCisCheck({ cisId: null, title: "x", isCis110: true, checks }).checkId).toBeNull();
  });

  it("maps every result of a kube-bench cis-1.10 report to its CIS 1.10 check", () => {
    const { results, counts } = toImportedResults({
      scan: parseScannerDocument(buildKubeadmKubeBenchReport()),
      checks,
    });
    expect(counts).toMatchObject({ total: 83, mapped: 83, unmapped: 0, fail: 2 });
    expect(results.find((result) => result.externalId === "4.1.9")).toMatchObject({
      checkId: "cis.4.1.9",
      status: "FAIL",
    });
  });

  it("maps kube-bench from another benchmark version only where the title agrees", () => {
    const report = buildKubeBenchReport({ statusOf: () => "PASS", version: "cis-1.9" });
    const firstResult = (report as { Controls: { tests: { results: { test_desc: string }[] }[] }[] }).Controls[0]!
      .tests[1]!.results[0]!;
    firstResult.test_desc = "Ensure that the --anonymous-auth argument is set to true (Manual)";
    const { counts, results } = toImportedResults({ scan: parseScannerDocument(report), checks });
    expect(counts.unmapped).toBe(1);
    expect(results.find((result) => result.externalId === "1.2.1")?.detail).toMatch(/not mapped/);
  });

  it("maps Trivy k8s-cis-1.23 controls by number and title, leaving renumbered ones unmapped", () => {
    const all = mapped("trivy-cis-all.json");
    expect(all["1.1.1"]).toMatchObject({ checkId: "cis.1.1.1", status: "PASS" });
    expect(all["1.1.12"]).toMatchObject({ checkId: "cis.1.1.12", status: "FAIL" });
    expect(all["1.1.12"]?.detail).toMatch(/Node\/cp-1/);
    expect(all["1.2.6"]).toMatchObject({ checkId: null, status: "FAIL" });
    expect(all["5.1.1"]).toMatchObject({ checkId: "cis.5.1.1", status: "UNKNOWN" });
    const summary = mapped("trivy-cis-summary.json");
    expect(summary["1.1.12"]).toMatchObject({ checkId: "cis.1.1.12", status: "FAIL", rawStatus: "TotalFail=2" });
    expect(summary["3.1.1"]).toMatchObject({ checkId: "cis.3.1.1", status: "UNKNOWN" });
  });

  it("maps Kubescape CIS controls through the CIS-x.y.z name prefix; other controls stay unmapped", () => {
    const results = mapped("kubescape-cis.json");
    expect(results["C-0092"]).toMatchObject({ checkId: "cis.1.1.1", status: "PASS" });
    expect(results["C-0104"]).toMatchObject({ checkId: "cis.1.1.13", status: "FAIL" });
    expect(results["C-0185"]).toMatchObject({ checkId: "cis.5.1.1", status: "UNKNOWN", rawStatus: "skipped" });
    expect(results["C-0034"]).toMatchObject({ checkId: null });
    const scan = parseScannerDocument(fixtureJson("kubescape-cis.json"));
    expect(scan).toMatchObject({ toolVersion: "v3.0.21", benchmark: "cis-v1.10.0" });
  });

  it("keeps kube-bench's version and statuses (INFO is no verdict)", () => {
    const scan = parseScannerDocument(fixtureJson("kube-bench-worker.json"));
    expect(scan).toMatchObject({ benchmark: "cis-1.10", isCis110: true, toolVersion: null });
    expect(scan.results.map((result) => [result.externalId, result.status])).toEqual([
      ["4.1.1", "PASS"],
      ["4.1.2", "PASS"],
      ["4.1.9", "FAIL"],
      ["4.1.3", "WARN"],
    ]);
    expect(() =>
      parseScannerDocument({ Controls: [{ tests: [{ results: [{ test_number: "1", test_desc: "x" }] }] }] }),
    ).toThrow(AppError);
  });
});
