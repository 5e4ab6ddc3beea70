import { flagList, flagValue } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator } from "../../evaluator-types";
import { cisCheck, describeList } from "./support/cis-verdict";
import { judgeControlPlane } from "./support/judge-control-plane";
import { STRONG_APISERVER_CIPHERS } from "./support/strong-ciphers";

const check = cisCheck("1.2.29");

/**
 * CIS 1.2.29 (Manual): every --tls-cipher-suites entry is on CIS's strong list (FAIL otherwise).
 * Without the flag, TLS 1.3 only (--tls-min-version=VersionTLS13, Talos ≥ 1.14) meets the intent,
 * since Go's TLS 1.3 suites are fixed and strong; otherwise Go's defaults apply: WARN for review.
 */
export const apiServerCiphersEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeControlPlane({
      context,
      check,
      component: "kube-apiserver",
      manualViolation: "FAIL",
      judge: (instance) => {
        const suites = flagList(instance.flags, "tls-cipher-suites");
        const minVersion = flagValue(instance.flags, "tls-min-version");
        const evidence = [
          { source: `${instance.source}.tls-cipher-suites`, value: suites.length > 0 ? suites : null },
          { source: `${instance.source}.tls-min-version`, value: minVersion ?? null },
        ];
        if (suites.length > 0) {
          const weak = suites.filter((suite) => !STRONG_APISERVER_CIPHERS.has(suite));
          return weak.length > 0
            ? {
                state: "violated",
                message: `kube-apiserver on ${instance.node} offers weak cipher suites: ${describeList(weak)}.`,
                evidence,
              }
            : {
                state: "compliant",
                message: `kube-apiserver on ${instance.node} offers only strong cipher suites (${suites.length}).`,
                evidence,
              };
        }
        if (minVersion === "VersionTLS13") {
          return {
            state: "compliant",
            message: `kube-apiserver on ${instance.node} serves TLS 1.3 only, whose cipher suites are fixed and strong.`,
            evidence,
          };
        }
        return {
          state: "review",
          message: `kube-apiserver on ${instance.node} sets no --tls-cipher-suites: Go's default TLS 1.2 suites apply; review them.`,
          evidence,
        };
      },
    }),
};
