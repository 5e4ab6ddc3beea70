import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { cisCheck, describeList } from "./support/cis-verdict";
import { judgeKubelets } from "./support/judge-kubelets";
import { STRONG_KUBELET_CIPHERS } from "./support/strong-ciphers";

const hostnameCheck = cisCheck("4.2.7");
const servingCertCheck = cisCheck("4.2.9");
const cipherCheck = cisCheck("4.2.12");

/**
 * CIS 4.2.7 (Manual): --hostname-override is not set. Kubelet flags are visible only on Talos
 * (KubeletSpec); Talos sets the flag to the node's own hostname, which changes nothing — WARN with
 * that evidence. A value that differs from the node name is a FAIL.
 */
export const hostnameOverrideEvaluator: CheckEvaluator = {
  check: hostnameCheck,
  evaluate: (context) =>
    judgeKubelets({
      context,
      check: hostnameCheck,
      manualViolation: "FAIL",
      judge: (view) => {
        if (!view.flags) {
          return {
            state: "review",
            message: `kubelet on ${view.name}: its command-line flags are not visible through the API; check --hostname-override on the node.`,
            evidence: [
              { source: `${view.configSource}`, value: null, note: "configz does not show command-line flags" },
            ],
          };
        }
        const raw = view.flags["hostname-override"];
        const value = Array.isArray(raw) ? raw.at(-1) : raw;
        const evidence: EvidenceItem[] = [{ source: `${view.flagSource}.hostname-override`, value: value ?? null }];
        if (value === undefined)
          return { state: "compliant", message: `kubelet on ${view.name}: --hostname-override is not set.`, evidence };
        const expected = view.expectedNodename ?? view.name;
        evidence.push({
          source: `${view.flagSource?.replace(/\.flags$/, "")}.expectedNodename`,
          value: view.expectedNodename,
        });
        return value === expected
          ? {
              state: "review",
              message: `kubelet on ${view.name}: --hostname-override=${value} is the node's own name (Talos sets it), so node identity and TLS names are unchanged: review.`,
              evidence,
            }
          : {
              state: "violated",
              message: `kubelet on ${view.name} registers as ${value}, not as ${expected}.`,
              evidence,
            };
      },
    }),
};

/**
 * CIS 4.2.9 (Manual): the kubelet serves a proper certificate. Always WARN with the evidence: an
 * explicit tlsCertFile, or CA-signed certificates through serverTLSBootstrap; else a self-signed one.
 */
export const kubeletServingCertificateEvaluator: CheckEvaluator = {
  check: servingCertCheck,
  evaluate: (context) =>
    judgeKubelets({
      context,
      check: servingCertCheck,
      judge: (view) => {
        const { tlsCertFile, serverTLSBootstrap } = view.config;
        const rawFlag = view.flags?.["rotate-server-certificates"];
        const evidence: EvidenceItem[] = [
          { source: `${view.configSource}.tlsCertFile`, value: tlsCertFile },
          { source: `${view.configSource}.serverTLSBootstrap`, value: serverTLSBootstrap },
          ...(rawFlag !== undefined
            ? [{ source: `${view.flagSource}.rotate-server-certificates`, value: rawFlag }]
            : []),
        ];
        const how = tlsCertFile
          ? `serves ${tlsCertFile}`
          : serverTLSBootstrap === true || rawFlag !== undefined
            ? "requests CA-signed serving certificates (serverTLSBootstrap)"
            : "sets neither tlsCertFile nor serverTLSBootstrap, so it serves a self-signed certificate";
        return { state: "review", message: `kubelet on ${view.name} ${how}: review.`, evidence };
      },
    }),
};

/**
 * CIS 4.2.12 (Manual): only strong cipher suites. A suite outside CIS's list is a FAIL; TLS 1.3
 * only (Talos' default tlsMinVersion) or a strong list is WARN for confirmation; nothing set means
 * Go's defaults: WARN for review.
 */
export const kubeletCiphersEvaluator: CheckEvaluator = {
  check: cipherCheck,
  evaluate: (context) =>
    judgeKubelets({
      context,
      check: cipherCheck,
      manualViolation: "FAIL",
      judge: (view) => {
        const suites = view.config.tlsCipherSuites ?? [];
        const minVersion = view.config.tlsMinVersion;
        const evidence: EvidenceItem[] = [
          { source: `${view.configSource}.tlsCipherSuites`, value: view.config.tlsCipherSuites },
          { source: `${view.configSource}.tlsMinVersion`, value: minVersion },
        ];
        const weak = suites.filter((suite) => !STRONG_KUBELET_CIPHERS.has(suite));
        if (weak.length > 0) {
          return {
            state: "violated",
            message: `kubelet on ${view.name} offers weak cipher suites: ${describeList(weak)}.`,
            evidence,
          };
        }
        if (suites.length > 0) {
          return {
            state: "compliant",
            message: `kubelet on ${view.name} offers only strong cipher suites (${suites.length}).`,
            evidence,
          };
        }
        if (minVersion === "VersionTLS13") {
          return {
            state: "compliant",
            message: `kubelet on ${view.name} serves TLS 1.3 only, whose suites are fixed and strong.`,
            evidence,
          };
        }
        return {
          state: "review",
          message: `kubelet on ${view.name} sets no cipher suites: Go's default TLS 1.2 suites apply; review them.`,
          evidence,
        };
      },
    }),
};
