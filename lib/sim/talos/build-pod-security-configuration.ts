/**
 * Talos' default Pod Security Admission configuration (k8s.DefaultPodSecurityAdmissionControlConfig:
 * enforce baseline, audit and warn restricted, `kube-system` exempt), with a configurable `enforce`.
 */
export function buildPodSecurityConfiguration({ enforce = "baseline" }: { enforce?: string } = {}): Record<
  string,
  unknown
> {
  return {
    apiVersion: "pod-security.admission.config.k8s.io/v1alpha1",
    defaults: {
      audit: "restricted",
      "audit-version": "latest",
      enforce,
      "enforce-version": "latest",
      warn: "restricted",
      "warn-version": "latest",
    },
    exemptions: { namespaces: ["kube-system"], runtimeClasses: [], usernames: [] },
    kind: "PodSecurityConfiguration",
  };
}
