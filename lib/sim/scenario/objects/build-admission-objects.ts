import type { KubeObject } from "@/lib/sim/model";
import { buildAdmissionPolicies } from "./build-admission-policies";
import { buildKubewardenObjects } from "./build-kubewarden-objects";
import { buildKyvernoCvePolicy } from "./build-kyverno-cve-policy";
import { buildKyvernoObjects } from "./build-kyverno-objects";
import { buildRatifyObjects } from "./build-ratify-objects";
import { buildSigstoreObjects } from "./build-sigstore-objects";
import type { ClusterBuildContext } from "./cluster-build-context";

/**
 * Admission configuration as the API shows it: Kyverno (and its critical-CVE policy), Sigstore's
 * policy-controller, Kubewarden, Ratify behind Gatekeeper and ValidatingAdmissionPolicies, as the
 * cluster's `admission` settings ask.
 */
export function buildAdmissionObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  return [
    ...buildKyvernoObjects({ context }),
    ...buildKyvernoCvePolicy({ context }),
    ...buildSigstoreObjects({ context }),
    ...buildKubewardenObjects({ context }),
    ...buildRatifyObjects({ context }),
    ...buildAdmissionPolicies({ context }),
  ];
}
