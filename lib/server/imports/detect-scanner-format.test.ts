import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/http/app-error";
import { parseScannerDocument } from "./detect-scanner-format";
import { MAX_JSON_DEPTH, readJsonDocument } from "./read-json-document";
import { fixtureBytes, fixtureJson } from "./testing/read-fixture";
import { buildTalosKubeBenchReport } from "./testing/build-kube-bench-report";

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("parseScannerDocument", () => {
  it("recognises kube-bench, Trivy (full and summary) and Kubescape reports", () => {
    expect(parseScannerDocument(fixtureJson("kube-bench-worker.json")).tool).toBe("kube-bench");
    expect(parseScannerDocument(fixtureJson("trivy-cis-all.json")).tool).toBe("trivy");
    expect(parseScannerDocument(fixtureJson("trivy-cis-summary.json")).tool).toBe("trivy");
    expect(parseScannerDocument(fixtureJson("kubescape-cis.json")).tool).toBe("kubescape");
  });

  it("reads kube-bench's older output, the bare array of controls", () => {
    const { Controls } = fixtureJson("kube-bench-worker.json") as { Controls: unknown[] };
    const scan = parseScannerDocument(Controls);
    expect(scan.tool).toBe("kube-bench");
    expect(scan.results.map((result) => result.externalId)).toEqual(["4.1.1", "4.1.2", "4.1.9", "4.1.3"]);
  });

  it("refuses an unknown JSON document and says which formats it takes", () => {
    const error = refusal(() => parseScannerDocument({ hello: "world" }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/kube-bench --json.*Trivy.*Kubescape/);
  });

  it("tells a plain trivy k8s report to be re-run with a compliance spec", () => {
    const error = refusal(() => parseScannerDocument({ ClusterName: "prod", Resources: [] }));
    expect(error.message).toMatch(/--compliance k8s-cis-1.23/);
  });

  it("names the field when a recognised report has the wrong types", () => {
    const report = fixtureJson("kube-bench-worker.json") as { Controls: { tests: { results: unknown[] }[] }[] };
    (report.Controls[0]!.tests[0]!.results[0] as Record<string, unknown>).test_number = 411;
    const error = refusal(() => parseScannerDocument(report));
    expect(error.message).toMatch(/kube-bench report/);
    expect(error.details?.field).toBe("0.tests.0.results.0.test_number");
    expect(refusal(() => parseScannerDocument({ Controls: "all good" })).message).toMatch(/kube-bench/);
    expect(refusal(() => parseScannerDocument({ summaryDetails: { controls: [1, 2] } })).message).toMatch(/Kubescape/);
  });

  it("refuses a report without results", () => {
    expect(refusal(() => parseScannerDocument({ Controls: [] })).message).toMatch(/no check results/);
  });

  it("refuses a Trivy compliance report for something other than CIS", () => {
    const error = refusal(() =>
      parseScannerDocument({
        ID: "k8s-pss-baseline-0.1",
        Title: "PSS",
        Results: [{ ID: "1", Name: "x", Results: null }],
      }),
    );
    expect(error.message).toMatch(/k8s-pss-baseline/);
  });

  it("never fails other than with a 400 AppError, whatever JSON it is given", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 6 }),
          // Near-misses: the detectors' keys with arbitrary values.
          fc.record({ Controls: fc.jsonValue({ maxDepth: 5 }) }),
          fc.record({ ID: fc.string(), Title: fc.string(), Results: fc.jsonValue({ maxDepth: 5 }) }),
          fc.record({ SummaryControls: fc.array(fc.jsonValue({ maxDepth: 3 })) }),
          fc.record({
            summaryDetails: fc.record({ controls: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })) }),
          }),
        ),
        (document) => {
          try {
            const scan = parseScannerDocument(document);
            expect(scan.results.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).status).toBe(400);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("readJsonDocument", () => {
  it("reads a real report, with or without a byte-order mark", () => {
    expect(readJsonDocument(fixtureBytes("trivy-cis-summary.json"))).toMatchObject({ ID: "k8s-cis-1.23" });
    expect(readJsonDocument(bytes(`\ufeff{"a":1}`))).toEqual({ a: 1 });
  });

  it("refuses text that is not JSON, empty files and binary", () => {
    expect(refusal(() => readJsonDocument(bytes("kube-bench output:\n[PASS] 1.1.1"))).message).toMatch(/not JSON/);
    expect(refusal(() => readJsonDocument(bytes("  \n"))).message).toMatch(/empty/);
    expect(refusal(() => readJsonDocument(new Uint8Array([0xff, 0xfe, 0x00, 0x80]))).message).toMatch(/UTF-8/);
  });

  it("refuses deep nesting before parsing, whatever the brackets hide in strings", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(refusal(() => readJsonDocument(bytes(deep))).message).toMatch(new RegExp(`deeper than ${MAX_JSON_DEPTH}`));
    const shallowWithBrackets = JSON.stringify({ text: "[".repeat(500), nested: [[['\\"[']]] });
    expect(readJsonDocument(bytes(shallowWithBrackets))).toMatchObject({ text: "[".repeat(500) });
  });

  it("fails only with a 400 AppError on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        try {
          parseScannerDocument(readJsonDocument(input));
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(400);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("accepts a full generated kube-bench report", () => {
    const text = JSON.stringify(buildTalosKubeBenchReport());
    expect(parseScannerDocument(readJsonDocument(bytes(text))).results.length).toBe(59 + 24); // CIS 1.10 master + node targets
  });
});
