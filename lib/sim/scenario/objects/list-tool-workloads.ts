import { GITOPS_NAMESPACE } from "./build-gitops-objects";
import { buildKastenWorkload, KASTEN_NAMESPACE } from "./build-kasten-objects";
import { buildKubewardenWorkloads, KUBEWARDEN_NAMESPACE } from "./build-kubewarden-objects";
import { buildRatifyWorkloads, GATEKEEPER_NAMESPACE } from "./build-ratify-objects";
import { buildVaultCsiWorkloads, VAULT_NAMESPACE } from "./build-vault-csi-objects";
import { buildVeleroWorkload, VELERO_NAMESPACE } from "./build-velero-objects";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import type { NamespacePlan } from "./plan-namespaces";
import type { WorkloadTemplate } from "./workload-template";

export const FALCO_NAMESPACE = "falco";

/**
 * The ecosystem tools that run as workloads (`tools`, and the admission engines beside Kyverno):
 * Velero's server, Kasten K10's executor, Falco's DaemonSet, the Sealed Secrets controller, the
 * External Secrets Operator, the Secrets Store CSI driver with the Vault provider, Kubewarden, and
 * Gatekeeper with Ratify, with their namespaces (Falco's and Vault's labelled privileged, as they
 * need the host, like the other node agents).
 */
export function listToolWorkloads({ context }: { context: ClusterBuildContext }): {
  templates: WorkloadTemplate[];
  namespaces: NamespacePlan[];
} {
  const { spec } = context;
  const isLabelled = spec.posture.psaEnforce !== "none";
  const namespace = (name: string, level: "privileged" | "restricted"): NamespacePlan => ({
    name,
    isApp: false,
    psa: isLabelled ? level : "none",
    defaultDeny: false,
    labels: {},
  });
  const templates: WorkloadTemplate[] = [];
  const namespaces: NamespacePlan[] = [];
  const velero = buildVeleroWorkload({ context });
  if (velero) {
    templates.push(velero);
    namespaces.push(namespace(VELERO_NAMESPACE, "restricted"));
  }
  if (spec.tools.sealedSecrets) templates.push(buildSealedSecretsController({ context }));
  if (spec.tools.externalSecrets) {
    templates.push(buildExternalSecretsOperator({ context }));
    namespaces.push(namespace("external-secrets", "restricted"));
  }
  const { tool } = spec.tools.gitOps;
  if (tool !== "none") {
    templates.push(buildGitOpsController({ context, tool }));
    namespaces.push(namespace(GITOPS_NAMESPACE[tool], "restricted"));
  }
  if (spec.tools.trivyOperator) {
    templates.push(buildTrivyOperator({ context }));
    namespaces.push(namespace("trivy-system", "restricted"));
  }
  const kasten = buildKastenWorkload({ context });
  if (kasten) {
    templates.push(kasten);
    namespaces.push(namespace(KASTEN_NAMESPACE, "restricted"));
  }
  const vaultCsi = buildVaultCsiWorkloads({ context });
  if (vaultCsi.length > 0) {
    templates.push(...vaultCsi);
    namespaces.push(namespace(VAULT_NAMESPACE, "privileged"));
  }
  const kubewarden = buildKubewardenWorkloads({ context });
  if (kubewarden.length > 0) {
    templates.push(...kubewarden);
    namespaces.push(namespace(KUBEWARDEN_NAMESPACE, "restricted"));
  }
  const ratify = buildRatifyWorkloads({ context });
  if (ratify.length > 0) {
    templates.push(...ratify);
    namespaces.push(namespace(GATEKEEPER_NAMESPACE, "restricted"));
  }
  const falco = buildFalcoWorkload({ context });
  if (falco) {
    templates.push(falco);
    namespaces.push(namespace(FALCO_NAMESPACE, "privileged"));
  }
  return { templates, namespaces };
}

/** Falco (modern eBPF driver) as its Helm chart installs it; its rules come from the `falco-rules` ConfigMap. */
function buildFalcoWorkload({ context }: { context: ClusterBuildContext }): WorkloadTemplate | null {
  const { falco } = context.spec.tools;
  if (!falco.enabled) return null;
  return {
    kind: "DaemonSet",
    namespace: FALCO_NAMESPACE,
    name: "falco",
    serviceAccountName: "falco",
    created: createdBetween({ context, key: "falco", fromDays: 2, toDays: 20 }),
    labels: { "app.kubernetes.io/name": "falco", "app.kubernetes.io/instance": "falco" },
    pod: {
      // Without the catch-all toleration the scheduler keeps it off tainted control-plane nodes.
      ...(falco.onControlPlanes ? { tolerations: [{ operator: "Exists" }] } : {}),
      containers: [
        {
          name: "falco",
          image: "docker.io/falcosecurity/falco:0.41.3",
          args: ["/usr/bin/falco", "-o", "engine.kind=modern_ebpf"],
          securityContext: { privileged: true },
          volumeMounts: [
            { name: "proc-fs", mountPath: "/host/proc", readOnly: true },
            ...(falco.rules ? [{ name: "rules", mountPath: "/etc/falco/rules.d", readOnly: true }] : []),
          ],
        },
      ],
      volumes: [
        { name: "proc-fs", hostPath: { path: "/proc", type: "" } },
        ...(falco.rules ? [{ name: "rules", configMap: { name: "falco-rules", defaultMode: 420 } }] : []),
      ],
    },
  };
}

const RESTRICTED = {
  pod: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } },
  container: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: true },
};

/** A single-replica controller in a restricted pod (what the tools' Helm charts install by default). */
function buildRestrictedController({
  context,
  kind = "Deployment",
  namespace,
  name,
  createdKey,
  labelName = name,
  container,
}: {
  context: ClusterBuildContext;
  kind?: "Deployment" | "StatefulSet";
  namespace: string;
  name: string;
  /** Seeds the creation time; one key per tool. */
  createdKey: string;
  labelName?: string;
  container: { name: string; image: string; command?: string[]; args?: string[] };
}): WorkloadTemplate {
  return {
    kind,
    namespace,
    name,
    serviceAccountName: name,
    replicas: 1,
    created: createdBetween({ context, key: createdKey, fromDays: 2, toDays: 20 }),
    labels: { "app.kubernetes.io/name": labelName },
    pod: {
      securityContext: RESTRICTED.pod,
      containers: [{ ...container, securityContext: RESTRICTED.container }],
    },
  };
}

function buildSealedSecretsController({ context }: { context: ClusterBuildContext }): WorkloadTemplate {
  return buildRestrictedController({
    context,
    namespace: "kube-system",
    name: "sealed-secrets-controller",
    createdKey: "sealed-secrets",
    labelName: "sealed-secrets",
    container: {
      name: "controller",
      image: "docker.io/bitnami/sealed-secrets-controller:0.32.2",
      command: ["controller"],
    },
  });
}

function buildExternalSecretsOperator({ context }: { context: ClusterBuildContext }): WorkloadTemplate {
  return buildRestrictedController({
    context,
    namespace: "external-secrets",
    name: "external-secrets",
    createdKey: "external-secrets",
    container: {
      name: "external-secrets",
      image: "oci.external-secrets.io/external-secrets/external-secrets:v0.20.4",
      args: ["--concurrent=1"],
    },
  });
}

/** The controller that reconciles the GitOps objects: Argo CD's application controller or Flux's kustomize-controller. */
function buildGitOpsController({
  context,
  tool,
}: {
  context: ClusterBuildContext;
  tool: keyof typeof GITOPS_NAMESPACE;
}): WorkloadTemplate {
  const isArgo = tool === "argocd";
  return buildRestrictedController({
    context,
    kind: isArgo ? "StatefulSet" : "Deployment",
    namespace: GITOPS_NAMESPACE[tool],
    name: isArgo ? "argocd-application-controller" : "kustomize-controller",
    createdKey: "gitops",
    container: {
      name: isArgo ? "application-controller" : "manager",
      image: isArgo ? "quay.io/argoproj/argocd:v3.1.8" : "ghcr.io/fluxcd/kustomize-controller:v1.7.0",
    },
  });
}

function buildTrivyOperator({ context }: { context: ClusterBuildContext }): WorkloadTemplate {
  return buildRestrictedController({
    context,
    namespace: "trivy-system",
    name: "trivy-operator",
    createdKey: "trivy-operator",
    container: { name: "trivy-operator", image: "mirror.gcr.io/aquasec/trivy-operator:0.29.0" },
  });
}
