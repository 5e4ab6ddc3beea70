import type { KubeObject } from "@/lib/sim/model";
import { buildAdmissionPolicies } from "./build-admission-policies";
import { buildKyvernoObjects } from "./build-kyverno-objects";
import { buildSigstoreObjects } from "./build-sigstore-objects";
import type { ClusterBuildContext } from "./cluster-build-context";

/**
 * Admission configuration as the API shows it: Kyverno, Sigstore's policy-controller and
 * ValidatingAdmissionPolicies, as the cluster's `admission` settings ask.
 */
export function buildAdmissionObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  return [
    ...buildKyvernoObjects({ context }),
    ...buildSigstoreObjects({ context }),
    ...buildAdmissionPolicies({ context }),
  ];
}
