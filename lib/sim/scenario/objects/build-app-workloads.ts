import { hashFraction, hashKey } from "../hash-key";
import { CRON_APPS, DEPLOYMENT_APPS, INTERNAL_REGISTRY, nthName, STATEFUL_APPS, type CatalogApp } from "./app-catalog";
import { createdBetween, type ClusterBuildContext } from "./cluster-build-context";
import { pinImage } from "./image-digest";
import { listJobRuns } from "./list-job-runs";
import type { NamespacePlan } from "./plan-namespaces";
import type { ContainerTemplate, PodTemplate, WorkloadKind, WorkloadTemplate } from "./workload-template";

interface Candidate {
  kind: WorkloadKind;
  namespace: NamespacePlan;
  app: CatalogApp;
  name: string;
}

const STRICTNESS = { none: 0, privileged: 0, baseline: 1, restricted: 2 } as const;

/**
 * The application workloads of the generated namespaces, with the posture the scenario asks for:
 * which workloads run privileged or on the host network (preferring namespaces whose PSA level
 * allows it; a namespace that must host one gets the `privileged` level, as teams do), which
 * containers have a read-only root filesystem, which images are pinned by digest. Every choice
 * hangs on a hash of the workload's name, so a count changing over the timeline flips only the
 * workloads at the margin. Returns the namespaces with those exemptions applied.
 */
export function buildAppWorkloads({
  context,
  namespaces,
}: {
  context: ClusterBuildContext;
  namespaces: NamespacePlan[];
}) {
  const { spec } = context;
  const { workloads: density, posture } = spec;
  const candidates: Candidate[] = [];
  for (const namespace of namespaces.filter((plan) => plan.isApp)) {
    const add = (kind: WorkloadKind, apps: CatalogApp[], count: number) => {
      for (let index = 0; index < count; index += 1) {
        const app = apps[index % apps.length] ?? { name: "app" };
        candidates.push({ kind, namespace, app, name: nthName({ names: apps.map((entry) => entry.name), index }) });
      }
    };
    add("Deployment", DEPLOYMENT_APPS, density.deploymentsPerNamespace);
    add("StatefulSet", STATEFUL_APPS, density.statefulSetsPerNamespace);
    add("CronJob", CRON_APPS, density.cronJobsPerNamespace);
  }
  const rank = (candidate: Candidate) =>
    hashFraction({ key: `risk:${spec.seed}:${candidate.namespace.name}/${candidate.name}` });
  const risky = candidates
    .filter((candidate) => candidate.kind !== "CronJob")
    .sort((a, b) => STRICTNESS[a.namespace.psa] - STRICTNESS[b.namespace.psa] || rank(a) - rank(b));
  const privileged = new Set(risky.slice(0, posture.privilegedWorkloads));
  const hostNetwork = new Set(
    risky.slice(posture.privilegedWorkloads, posture.privilegedWorkloads + posture.hostNetworkWorkloads),
  );
  const exempt = new Set([...privileged, ...hostNetwork].map((candidate) => candidate.namespace.name));
  const plans = namespaces.map((plan) =>
    exempt.has(plan.name) && (plan.psa === "baseline" || plan.psa === "restricted")
      ? { ...plan, psa: "privileged" as const }
      : plan,
  );
  const templates: WorkloadTemplate[] = candidates.map((candidate) =>
    toTemplate({
      context,
      candidate,
      isPrivileged: privileged.has(candidate),
      isHostNetwork: hostNetwork.has(candidate),
    }),
  );
  return { templates, namespaces: plans };
}

function toTemplate({
  context,
  candidate,
  isPrivileged,
  isHostNetwork,
}: {
  context: ClusterBuildContext;
  candidate: Candidate;
  isPrivileged: boolean;
  isHostNetwork: boolean;
}): WorkloadTemplate {
  const { spec } = context;
  const { posture } = spec;
  const { namespace, app, name, kind } = candidate;
  const key = `${namespace.name}/${name}`;
  const hash = hashKey({ key: `app:${spec.seed}:${key}` });
  const isRestricted = namespace.psa === "restricted";
  const hasReadOnlyRoot = hashFraction({ key: `rofs:${spec.seed}:${key}` }) < posture.readOnlyRootFilesystem;
  const isHardened = isRestricted || hashFraction({ key: `sc:${spec.seed}:${key}` }) < posture.readOnlyRootFilesystem;
  const tagged = app.repository
    ? `${app.repository}:${app.tag ?? "latest"}`
    : `${INTERNAL_REGISTRY}/${namespace.name}/${app.name}:1.${hash[0] % 24}.${hash[1] % 10}`;
  const image =
    hashFraction({ key: `digest:${spec.seed}:${key}` }) < posture.imageDigests ? pinImage({ image: tagged }) : tagged;
  let securityContext: Record<string, unknown> | undefined;
  if (isPrivileged)
    securityContext = {
      privileged: true,
      allowPrivilegeEscalation: true,
      capabilities: { add: ["SYS_ADMIN", "NET_ADMIN"] },
    };
  else if (isHardened)
    securityContext = {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      readOnlyRootFilesystem: hasReadOnlyRoot,
    };
  else if (hasReadOnlyRoot) securityContext = { readOnlyRootFilesystem: true };
  const container: ContainerTemplate = {
    name: app.name,
    image,
    ...(app.port
      ? {
          ports: [
            {
              name: "http",
              containerPort: app.port,
              protocol: "TCP" as const,
              ...(isHostNetwork ? { hostPort: app.port } : {}),
            },
          ],
        }
      : {}),
    env: [
      { name: "PORT_AUTHORITY_SITE", value: spec.site },
      { name: "LOG_LEVEL", value: "info" },
    ],
    resources: {
      requests: { cpu: `${50 + (hash[2] % 5) * 50}m`, memory: `${64 * (1 + (hash[3] % 8))}Mi` },
      limits: { memory: `${128 * (1 + (hash[3] % 8))}Mi` },
    },
    ...(securityContext ? { securityContext } : {}),
    ...(hasReadOnlyRoot ? { volumeMounts: [{ name: "tmp", mountPath: "/tmp" }] } : {}),
  };
  const pod: PodTemplate = {
    containers: [container],
    ...(isHardened && !isPrivileged
      ? {
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            runAsGroup: 10001,
            fsGroup: 10001,
            seccompProfile: { type: "RuntimeDefault" },
          },
        }
      : {}),
    ...(isHostNetwork ? { hostNetwork: true } : {}),
    ...(hasReadOnlyRoot ? { volumes: [{ name: "tmp", emptyDir: {} }] } : {}),
    ...(isHardened && app.name !== "api" ? { automountServiceAccountToken: false } : {}),
  };
  const created = createdBetween({ context, key: `${kind}:${key}`, fromDays: 3, toDays: 120 });
  return {
    kind,
    namespace: namespace.name,
    name,
    app: name,
    labels: {
      "app.kubernetes.io/part-of": "port-authority",
      "app.kubernetes.io/version": (tagged.split(":").at(-1) ?? "latest").slice(0, 63),
      "app.kubernetes.io/managed-by": "Helm",
    },
    serviceAccountName: name,
    replicas: kind === "StatefulSet" ? Math.min(3, spec.workloads.replicas) : spec.workloads.replicas,
    created,
    pod,
    hasService: kind !== "CronJob" && Boolean(app.port),
    ...(kind === "CronJob"
      ? {
          schedule: app.schedule,
          runs: listJobRuns({ schedule: app.schedule ?? "0 2 * * *", now: context.now, key: `${spec.seed}:${key}` }),
        }
      : {}),
  };
}
