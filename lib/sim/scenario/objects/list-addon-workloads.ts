import { buildLogShipper } from "./build-log-shipper";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import type { NamespacePlan } from "./plan-namespaces";
import type { ContainerTemplate, PodTemplate, WorkloadTemplate } from "./workload-template";

const RESTRICTED_POD = { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: "RuntimeDefault" } };
const RESTRICTED_CONTAINER = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ["ALL"] },
  readOnlyRootFilesystem: true,
};
const EVERYWHERE = [{ operator: "Exists" }];

/**
 * The add-ons every cluster of the fleet runs beside the platform: monitoring (node-exporter on
 * the host network and PID namespace, kube-state-metrics), logging (the scenario's log shipper as
 * root with the host's /var/log, see build-log-shipper), and the admission controllers the scenario asks for (Kyverno, Sigstore's
 * policy-controller). Their namespaces come back too, labelled `privileged` where the add-on
 * needs host access, as operators label them.
 */
export function listAddonWorkloads({ context }: { context: ClusterBuildContext }): {
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
  const created = (name: string) => createdBetween({ context, key: `addon:${name}`, fromDays: 1, toDays: 20 });
  const deployment = (
    ns: string,
    name: string,
    replicas: number,
    container: ContainerTemplate,
    pod: Partial<PodTemplate> = {},
  ): WorkloadTemplate => ({
    kind: "Deployment",
    namespace: ns,
    name,
    serviceAccountName: name,
    replicas,
    created: created(name),
    labels: { "app.kubernetes.io/part-of": ns },
    hasService: Boolean(container.ports),
    pod: {
      securityContext: RESTRICTED_POD,
      containers: [
        {
          ...container,
          securityContext: RESTRICTED_CONTAINER,
          resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "384Mi" } },
        },
      ],
      ...pod,
    },
  });
  const templates: WorkloadTemplate[] = [
    {
      kind: "DaemonSet",
      namespace: "monitoring",
      name: "node-exporter",
      serviceAccountName: "node-exporter",
      created: created("node-exporter"),
      labels: { "app.kubernetes.io/part-of": "kube-prometheus" },
      pod: {
        hostNetwork: true,
        hostPID: true,
        tolerations: EVERYWHERE,
        securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534 },
        automountServiceAccountToken: false,
        containers: [
          {
            name: "node-exporter",
            image: "quay.io/prometheus/node-exporter:v1.8.2",
            args: [
              "--path.procfs=/host/proc",
              "--path.sysfs=/host/sys",
              "--path.rootfs=/host/root",
              "--web.listen-address=0.0.0.0:9100",
            ],
            ports: [{ name: "metrics", containerPort: 9100, hostPort: 9100 }],
            securityContext: {
              allowPrivilegeEscalation: false,
              capabilities: { drop: ["ALL"] },
              readOnlyRootFilesystem: true,
            },
            volumeMounts: [
              { name: "proc", mountPath: "/host/proc", readOnly: true },
              { name: "sys", mountPath: "/host/sys", readOnly: true },
              { name: "root", mountPath: "/host/root", readOnly: true },
            ],
          },
        ],
        volumes: [
          { name: "proc", hostPath: { path: "/proc", type: "" } },
          { name: "sys", hostPath: { path: "/sys", type: "" } },
          { name: "root", hostPath: { path: "/", type: "" } },
        ],
      },
    },
    deployment("monitoring", "kube-state-metrics", 1, {
      name: "kube-state-metrics",
      image: "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.14.0",
      ports: [{ name: "http-metrics", containerPort: 8080 }],
    }),
    buildLogShipper({ context, created: created(spec.tools.logShipper) }),
  ];
  const namespaces = [namespace("monitoring", "privileged"), namespace("logging", "privileged")];
  if (spec.admission.kyverno !== "off") {
    namespaces.push(namespace("kyverno", "restricted"));
    const controllers = [
      ["kyverno-admission-controller", "kyverno", 3],
      ["kyverno-background-controller", "background-controller", 1],
      ["kyverno-cleanup-controller", "cleanup-controller", 1],
      ["kyverno-reports-controller", "reports-controller", 1],
    ] as const;
    for (const [name, image, replicas] of controllers) {
      templates.push(
        deployment("kyverno", name, replicas, {
          name: name.replace("kyverno-", ""),
          image: `reg.kyverno.io/kyverno/${image}:v1.13.2`,
          ports: [{ name: "https", containerPort: 9443 }],
        }),
      );
    }
  }
  if (spec.admission.sigstorePolicyController) {
    namespaces.push(namespace("cosign-system", "restricted"));
    templates.push(
      deployment("cosign-system", "policy-controller-webhook", 2, {
        name: "policy-controller",
        image: "ghcr.io/sigstore/policy-controller/policy-controller:v0.12.0",
        ports: [{ name: "https", containerPort: 8443 }],
      }),
    );
  }
  return { templates, namespaces };
}
