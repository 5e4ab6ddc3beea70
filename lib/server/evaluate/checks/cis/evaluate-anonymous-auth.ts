import { flagValue } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator } from "../../evaluator-types";
import { cisCheck, type Verdict } from "./support/cis-verdict";
import { judgeControlPlane } from "./support/judge-control-plane";

const check = cisCheck("1.2.1");

/**
 * CIS 1.2.1 (Manual): --anonymous-auth=false. Absent, the API server allows anonymous requests
 * (default true) — a FAIL even though CIS marks it Manual. With a structured
 * `--authentication-config` (Talos ≥ 1.14 multi-document configs) the anonymous setting lives in
 * that file, which the Kubernetes API does not show: WARN for review.
 */
export const anonymousAuthEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeControlPlane({
      context,
      check,
      component: "kube-apiserver",
      manualViolation: "FAIL",
      judge: (instance): Verdict => {
        const given = flagValue(instance.flags, "anonymous-auth");
        const authenticationConfig = flagValue(instance.flags, "authentication-config");
        const flag = { source: `${instance.source}.anonymous-auth`, value: given ?? null };
        const evidence = [flag];
        if (given !== undefined) {
          const isOff = ["false", "0", "f"].includes(given.toLowerCase());
          return isOff
            ? {
                state: "compliant",
                message: `kube-apiserver on ${instance.node}: --anonymous-auth=${given}.`,
                evidence,
              }
            : {
                state: "violated",
                message: `kube-apiserver on ${instance.node} allows anonymous requests (--anonymous-auth=${given}).`,
                evidence,
              };
        }
        if (authenticationConfig !== undefined) {
          return {
            state: "review",
            message: `kube-apiserver on ${instance.node} uses a structured authentication config; its anonymous section is not visible through the API: review it.`,
            evidence: [
              ...evidence,
              {
                source: `${instance.source}.authentication-config`,
                value: authenticationConfig,
                note: "anonymous access is configured in this file (AuthenticationConfiguration.anonymous)",
              },
            ],
          };
        }
        return {
          state: "violated",
          message: `kube-apiserver on ${instance.node} allows anonymous requests: --anonymous-auth is unset and defaults to true.`,
          evidence: [{ ...flag, note: "unset: the API server defaults to true" }],
        };
      },
    }),
};
