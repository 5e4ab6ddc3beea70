import type { KubeObject } from "@/lib/sim/model";
import { buildCrd } from "./build-crd";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { formatKubeTime } from "./object-factory";
import { planNamespaces } from "./plan-namespaces";

export const GITOPS_NAMESPACE = { argocd: "argocd", flux: "flux-system" } as const;

/**
 * GitOps (`tools.gitOps`): Argo CD's Application CRD and an automated Application per application
 * namespace, or Flux's Kustomization and HelmRelease CRDs with a Kustomization per namespace and one
 * HelmRelease. Without `selfHeal` (Argo CD) the last Application has drifted (OutOfSync); Flux's
 * HelmRelease then has drift detection off.
 */
export function buildGitOpsObjects({ context }: { context: ClusterBuildContext }): KubeObject[] {
  const { spec, factory } = context;
  const { tool, selfHeal } = spec.tools.gitOps;
  if (tool === "none") return [];
  const created = createdBetween({ context, key: "gitops", fromDays: 2, toDays: 20 });
  const since = formatKubeTime({ time: created });
  const apps = planNamespaces({ spec })
    .filter((plan) => plan.isApp)
    .map((plan) => plan.name);
  const repo = `https://git.port-authority.internal/platform/${spec.name}.git`;
  const crd = (group: string, kind: string, plural: string, version: string) =>
    buildCrd({
      factory,
      created,
      group,
      kind,
      plural,
      scope: "Namespaced",
      versions: [version],
      storageVersion: version,
    });
  if (tool === "argocd") {
    const namespace = GITOPS_NAMESPACE.argocd;
    return [
      crd("argoproj.io", "Application", "applications", "v1alpha1"),
      ...apps.map((app, index): KubeObject => {
        const hasDrifted = !selfHeal && index === apps.length - 1;
        return {
          apiVersion: "argoproj.io/v1alpha1",
          kind: "Application",
          metadata: factory.meta({ kind: "Application", name: app, namespace, created }),
          spec: {
            project: "default",
            source: { repoURL: repo, path: `apps/${app}`, targetRevision: "main" },
            destination: { server: "https://kubernetes.default.svc", namespace: app },
            syncPolicy: { automated: { prune: true, selfHeal } },
          },
          status: {
            sync: { status: hasDrifted ? "OutOfSync" : "Synced", revision: "4f1c2a9" },
            health: { status: "Healthy" },
            reconciledAt: formatKubeTime({ time: context.now }),
          },
        };
      }),
    ];
  }
  const namespace = GITOPS_NAMESPACE.flux;
  const ready = { type: "Ready", status: "True", reason: "ReconciliationSucceeded", lastTransitionTime: since };
  return [
    crd("kustomize.toolkit.fluxcd.io", "Kustomization", "kustomizations", "v1"),
    crd("helm.toolkit.fluxcd.io", "HelmRelease", "helmreleases", "v2"),
    ...apps.map((app): KubeObject => ({
      apiVersion: "kustomize.toolkit.fluxcd.io/v1",
      kind: "Kustomization",
      metadata: factory.meta({ kind: "Kustomization", name: app, namespace, created }),
      spec: {
        interval: "10m",
        path: `./apps/${app}`,
        prune: true,
        sourceRef: { kind: "GitRepository", name: "platform" },
        targetNamespace: app,
      },
      status: { conditions: [ready], lastAppliedRevision: "main@sha1:4f1c2a9" },
    })),
    {
      apiVersion: "helm.toolkit.fluxcd.io/v2",
      kind: "HelmRelease",
      metadata: factory.meta({ kind: "HelmRelease", name: "ingress-nginx", namespace, created }),
      spec: {
        interval: "30m",
        chart: {
          spec: {
            chart: "ingress-nginx",
            version: "4.13.x",
            sourceRef: { kind: "HelmRepository", name: "ingress-nginx" },
          },
        },
        driftDetection: { mode: selfHeal ? "enabled" : "disabled" },
      },
      status: { conditions: [ready] },
    },
  ];
}
