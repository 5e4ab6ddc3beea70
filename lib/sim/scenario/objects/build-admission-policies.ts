import type { KubeObject } from "@/lib/sim/model";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";

/**
 * ValidatingAdmissionPolicies with their bindings (Deny or Audit), only from Kubernetes 1.30,
 * where their v1 API exists.
 */
export function buildAdmissionPolicies({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const { admission } = spec;
  const objects: KubeObject[] = [];
  const minor = Number(spec.kubernetesVersion.split(".")[1]);
  if (admission.validatingAdmissionPolicies === "off" || minor < 30) return objects;
  const created = createdBetween({ context, key: "vap", fromDays: 10, toDays: 40 });
  const actions = admission.validatingAdmissionPolicies === "deny" ? ["Deny"] : ["Audit"];
  const pods = {
    resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] }],
  };
  const vap = (name: string, validations: { expression: string; message: string }[]) => {
    objects.push({
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicy",
      metadata: { ...factory.meta({ kind: "ValidatingAdmissionPolicy", name, created }), generation: 1 },
      spec: { failurePolicy: "Fail", matchConstraints: pods, validations },
      status: { observedGeneration: 1, typeChecking: {} },
    });
    objects.push({
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicyBinding",
      metadata: {
        ...factory.meta({ kind: "ValidatingAdmissionPolicyBinding", name: `${name}-binding`, created }),
        generation: 1,
      },
      spec: {
        policyName: name,
        validationActions: actions,
        matchResources: {
          namespaceSelector: {
            matchExpressions: [
              { key: "pod-security.kubernetes.io/enforce", operator: "NotIn", values: ["privileged"] },
            ],
          },
        },
      },
    });
  };
  vap("deny-host-namespaces", [
    {
      expression: "!has(object.spec.hostNetwork) || !object.spec.hostNetwork",
      message: "hostNetwork is not allowed",
    },
    { expression: "!has(object.spec.hostPID) || !object.spec.hostPID", message: "hostPID is not allowed" },
  ]);
  vap("require-image-digest", [
    {
      expression: "object.spec.containers.all(c, c.image.contains('@sha256:'))",
      message: "images must be pinned by digest",
    },
  ]);
  return objects;
}
