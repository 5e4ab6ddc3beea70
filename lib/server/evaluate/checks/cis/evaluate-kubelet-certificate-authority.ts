import { flagValue } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator } from "../../evaluator-types";
import { cisCheck } from "./support/cis-verdict";
import { judgeControlPlane } from "./support/judge-control-plane";

const check = cisCheck("1.2.5");

const TALOS_GAP =
  "Talos never sets --kubelet-certificate-authority. Sidero lists this among kube-bench's false positives, but the gap is real: the API server does not verify the kubelet's serving certificate, so exec, logs and port-forward traffic to kubelets can be intercepted on the node network. Fix it (signed kubelet serving certificates + the flag) or record a waiver as a documented exception.";

/**
 * CIS 1.2.5: --kubelet-certificate-authority is set. Reported as it is on every platform: on Talos
 * the flag is absent by default, and Lotse reports that as the real verification gap it is (a FAIL
 * to fix or waive), not as a false positive.
 */
export const kubeletCertificateAuthorityEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeControlPlane({
      context,
      check,
      component: "kube-apiserver",
      judge: (instance) => {
        const value = flagValue(instance.flags, "kubelet-certificate-authority");
        const source = `${instance.source}.kubelet-certificate-authority`;
        if (value !== undefined && value !== "") {
          return {
            state: "compliant",
            message: `kube-apiserver on ${instance.node} verifies kubelet serving certificates against ${value}.`,
            evidence: [{ source, value }],
          };
        }
        const isTalos = context.platform === "talos";
        return {
          state: "violated",
          message: isTalos
            ? `kube-apiserver on ${instance.node} does not verify kubelet serving certificates (--kubelet-certificate-authority is not set; Talos does not set it).`
            : `kube-apiserver on ${instance.node} does not verify kubelet serving certificates (--kubelet-certificate-authority is not set).`,
          evidence: [
            { source, value: null, note: isTalos ? TALOS_GAP : "unset: kubelet serving certificates are not verified" },
          ],
        };
      },
    }),
};
