// Pods, workloads, etcd backup jobs and control-plane pods of the Kubernetes snapshot (re-exported
// by lib/server/collect/snapshot/kubernetes-snapshot.ts, which evaluators import).

export interface KubeOwner {
  kind: string;
  name: string;
}

export interface KubeSeccompProfile {
  type: string;
  localhostProfile: string | null;
}

export interface KubeSeLinuxOptions {
  type: string | null;
  user: string | null;
  role: string | null;
  level: string | null;
}

/** The securityContext fields Pod Security Standards look at; null = unset. */
interface KubeSecurityContextFields {
  runAsNonRoot: boolean | null;
  runAsUser: number | null;
  runAsGroup: number | null;
  seccompProfile: KubeSeccompProfile | null;
  appArmorProfileType: string | null;
  seLinuxOptions: KubeSeLinuxOptions | null;
  windowsHostProcess: boolean | null;
}

export interface KubePodSecurityContext extends KubeSecurityContextFields {
  fsGroup: number | null;
  supplementalGroups: number[];
  sysctls: { name: string; value: string }[];
}

export interface KubeContainer extends KubeSecurityContextFields {
  /** Init and ephemeral containers are checked by PSS like regular ones. */
  kind: "container" | "init" | "ephemeral";
  name: string;
  image: string | null;
  /** The image reference pins a digest (`@sha256:…`). */
  hasImageDigest: boolean;
  privileged: boolean | null;
  allowPrivilegeEscalation: boolean | null;
  readOnlyRootFilesystem: boolean | null;
  capabilitiesAdd: string[];
  capabilitiesDrop: string[];
  procMount: string | null;
  hostPorts: number[];
  /** Non-empty `host` fields of probes and lifecycle handlers (PSS baseline from 1.34). */
  probeHosts: string[];
}

export interface KubeVolume {
  name: string;
  /** The volume source field, e.g. "hostPath", "emptyDir", "projected"; "unknown" when none is set. */
  type: string;
  hostPath: { path: string; type: string | null } | null;
}

export interface KubePod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /** The controller owner reference, else the first one. */
  owner: KubeOwner | null;
  nodeName: string | null;
  serviceAccountName: string | null;
  automountServiceAccountToken: boolean | null;
  hostNetwork: boolean;
  hostPID: boolean;
  hostIPC: boolean;
  hostUsers: boolean | null;
  osName: string | null;
  securityContext: KubePodSecurityContext;
  containers: KubeContainer[];
  volumes: KubeVolume[];
  /** Legacy `container.apparmor.security.beta.kubernetes.io/<container>` annotations by container. */
  appArmorAnnotations: Record<string, string>;
  /** A kubelet mirror pod of a static pod (`kubernetes.io/config.mirror`). */
  isMirror: boolean;
  phase: string | null;
}

export interface KubeWorkloadContainer {
  name: string;
  image: string | null;
  /** Shortened, and values of secret-looking flags redacted. */
  command: string[];
  args: string[];
}

export interface KubeJobStatus {
  startTime: string | null;
  completionTime: string | null;
  succeeded: number;
  failed: number;
  active: number;
  /** From the Complete/Failed conditions; "running" while active, "unknown" otherwise. */
  outcome: "succeeded" | "failed" | "running" | "unknown";
}

export interface KubeWorkload {
  kind: "Deployment" | "DaemonSet" | "StatefulSet" | "Job" | "CronJob";
  namespace: string;
  name: string;
  labels: Record<string, string>;
  owner: KubeOwner | null;
  creationTimestamp: string | null;
  /** Regular and init containers of the pod template. */
  containers: KubeWorkloadContainer[];
  cronJob: {
    schedule: string;
    suspend: boolean;
    lastScheduleTime: string | null;
    lastSuccessfulTime: string | null;
  } | null;
  job: KubeJobStatus | null;
  /** DaemonSets only (absent in older snapshots): nodes it should run on and nodes where it is ready. */
  daemonSet?: { desiredNumberScheduled: number | null; numberReady: number | null };
}

export interface EtcdBackupJob {
  kind: "CronJob" | "Job";
  namespace: string;
  name: string;
  /** What made it look like an etcd backup, e.g. `command: etcdctl snapshot save`. */
  evidence: string;
  schedule: string | null;
  suspend: boolean | null;
  lastScheduleTime: string | null;
  lastSuccessfulTime: string | null;
  /** A CronJob's most recent Job (by start), or a standalone Job's own status. */
  lastJob: ({ name: string } & KubeJobStatus) | null;
  /** The newest Job that succeeded (by completion), which outlives `lastJob` when later runs failed. */
  lastSuccessfulJob: { name: string; completionTime: string | null } | null;
}

export type ControlPlaneComponent = "kube-apiserver" | "kube-controller-manager" | "kube-scheduler" | "etcd";

export interface ControlPlanePod {
  component: ControlPlaneComponent;
  namespace: string;
  name: string;
  nodeName: string | null;
  image: string | null;
  isMirror: boolean;
  /** command + args parsed; a repeated flag keeps every value in order; `--flag` alone is "true". */
  flags: Record<string, string | string[]>;
}
