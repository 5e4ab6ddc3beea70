import { AppError } from "@/lib/server/http/app-error";
import type { ParsedScan } from "./parsed-scan";
import { isKubeBenchReport, parseKubeBench } from "./parse-kube-bench";
import { isKubescapeReport, parseKubescape } from "./parse-kubescape";
import { isTrivyComplianceReport, isTrivyK8sReport, parseTrivyCompliance } from "./parse-trivy-compliance";

/** Most results one file may carry; CIS has 130 checks, a Kubescape "all controls" run a few hundred. */
export const MAX_RESULTS = 5_000;

/**
 * Recognises a parsed JSON document as kube-bench, Trivy compliance or Kubescape output and reads
 * it into one shape. Anything else — or a recognised report with the wrong shape, no results or
 * too many — is a 400 that says what was expected.
 */
export function parseScannerDocument(document: unknown): ParsedScan {
  let scan: ParsedScan;
  if (isKubeBenchReport(document)) scan = parseKubeBench(document);
  else if (isTrivyComplianceReport(document)) scan = parseTrivyCompliance(document);
  else if (isKubescapeReport(document)) scan = parseKubescape(document);
  else if (isTrivyK8sReport(document)) {
    throw new AppError(
      "bad_request",
      "This is a Trivy k8s report without a compliance spec. Run it with --compliance k8s-cis-1.23 (JSON format) and upload that.",
    );
  } else {
    throw new AppError(
      "bad_request",
      "Unknown report format. Lotse imports kube-bench --json, Trivy compliance JSON (trivy k8s --compliance … --format json) and Kubescape JSON (--format json).",
    );
  }
  if (scan.results.length === 0) throw new AppError("bad_request", `The ${scan.tool} report holds no check results.`);
  if (scan.results.length > MAX_RESULTS) {
    throw new AppError("bad_request", `The ${scan.tool} report holds more than ${MAX_RESULTS} results.`);
  }
  return scan;
}
