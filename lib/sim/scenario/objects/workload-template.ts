// What a workload is, before it becomes a controller, its ReplicaSets or Jobs, and its Pods.
// Profiles describe system workloads in this shape; the scenario describes application ones.

export type WorkloadKind = "Deployment" | "DaemonSet" | "StatefulSet" | "CronJob" | "Job";

export interface ContainerTemplate {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number; protocol?: "TCP" | "UDP"; hostPort?: number }[];
  env?: { name: string; value: string }[];
  securityContext?: Record<string, unknown>;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

export interface PodTemplate {
  containers: ContainerTemplate[];
  initContainers?: ContainerTemplate[];
  securityContext?: Record<string, unknown>;
  hostNetwork?: boolean;
  hostPID?: boolean;
  priorityClassName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: Record<string, unknown>[];
  volumes?: Record<string, unknown>[];
  automountServiceAccountToken?: boolean;
  /** Run only on control-plane nodes (etcd backups on kubeadm). */
  onControlPlane?: boolean;
  restartPolicy?: "Always" | "OnFailure" | "Never";
}

/** A finished Job run of a CronJob or a standalone Job. */
export interface JobRun {
  scheduledAt: Date;
  succeeded: boolean;
  /** Seconds from start to completion (or failure). */
  durationSeconds: number;
}

export interface WorkloadTemplate {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  /** `app.kubernetes.io/name` and selector value; default the name. */
  app?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  serviceAccountName: string;
  /** Deployment / StatefulSet replicas. */
  replicas?: number;
  /** CronJob schedule. */
  schedule?: string;
  /** CronJob / Job runs still in the API, oldest first. */
  runs?: JobRun[];
  /** When the workload was created. */
  created: Date;
  pod: PodTemplate;
  /** Also create a ClusterIP Service in front of it. */
  hasService?: boolean;
}
