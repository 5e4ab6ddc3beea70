import type { KubeObject, KubeObjectMeta, SimNode } from "@/lib/sim/model";
import { hashHex } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";
import { formatKubeTime, type OwnerRef } from "./object-factory";
import { buildPodSpecBase, renderPod, type PodPlacement } from "./render-pod";
import { toNameAlphabet } from "./to-name-alphabet";
import type { JobRun, WorkloadTemplate } from "./workload-template";

const BACKOFF_LIMIT = 2;

/**
 * A CronJob with the Jobs (and their Pods) its history limits keep, or a standalone Job. Job
 * names follow the CronJob controller: `<cronjob>-<scheduled time in minutes since the epoch>`.
 */
export function renderJobs({
  context,
  template,
  controllerMeta,
  owner,
  podTemplate,
  labels,
  placement,
  nodeFor,
}: {
  context: ClusterBuildContext;
  template: WorkloadTemplate;
  controllerMeta: KubeObjectMeta;
  owner: OwnerRef;
  podTemplate: { metadata: { labels: Record<string, string> }; spec: Record<string, unknown> };
  labels: Record<string, string>;
  placement: PodPlacement;
  nodeFor: (key: string) => SimNode | undefined;
}): KubeObject[] {
  const runs = template.runs ?? [];
  const objects: KubeObject[] = [];
  const jobSpec = {
    backoffLimit: BACKOFF_LIMIT,
    completionMode: "NonIndexed",
    completions: 1,
    parallelism: 1,
    suspend: false,
    template: { ...podTemplate, spec: { ...podTemplate.spec, restartPolicy: "OnFailure" } },
  };
  if (template.kind === "CronJob") {
    const lastRun = runs.at(-1);
    const lastSuccess = runs.filter((run) => run.succeeded).at(-1);
    objects.push({
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { ...controllerMeta, generation: 1 },
      spec: {
        schedule: template.schedule ?? "0 2 * * *",
        concurrencyPolicy: "Forbid",
        suspend: false,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 1,
        jobTemplate: { metadata: {}, spec: jobSpec },
      },
      status: {
        ...(lastRun ? { lastScheduleTime: formatKubeTime({ time: lastRun.scheduledAt }) } : {}),
        ...(lastSuccess ? { lastSuccessfulTime: formatKubeTime({ time: finishOf(lastSuccess) }) } : {}),
      },
    });
  }
  for (const run of runs) {
    const jobName =
      template.kind === "CronJob"
        ? `${template.name}-${Math.floor(run.scheduledAt.getTime() / 60_000)}`
        : template.name;
    const jobMeta = context.factory.meta({
      kind: "Job",
      name: jobName,
      namespace: template.namespace,
      created: run.scheduledAt,
      labels: template.kind === "CronJob" ? { ...labels } : labels,
      owner: template.kind === "CronJob" ? owner : undefined,
    });
    const jobLabels = {
      ...labels,
      "batch.kubernetes.io/controller-uid": jobMeta.uid,
      "batch.kubernetes.io/job-name": jobName,
      "controller-uid": jobMeta.uid,
      "job-name": jobName,
    };
    const started = formatKubeTime({ time: run.scheduledAt });
    const finished = formatKubeTime({ time: finishOf(run) });
    objects.push({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { ...jobMeta, generation: 1 },
      spec: {
        ...jobSpec,
        selector: { matchLabels: { "batch.kubernetes.io/controller-uid": jobMeta.uid } },
        template: { metadata: { labels: jobLabels }, spec: jobSpec.template.spec },
      },
      status: run.succeeded
        ? {
            startTime: started,
            completionTime: finished,
            succeeded: 1,
            ready: 0,
            terminating: 0,
            uncountedTerminatedPods: {},
            conditions: [
              {
                type: "SuccessCriteriaMet",
                status: "True",
                reason: "CompletionsReached",
                message: "Reached expected number of succeeded pods",
                lastProbeTime: finished,
                lastTransitionTime: finished,
              },
              {
                type: "Complete",
                status: "True",
                reason: "CompletionsReached",
                message: "Reached expected number of succeeded pods",
                lastProbeTime: finished,
                lastTransitionTime: finished,
              },
            ],
          }
        : {
            startTime: started,
            failed: BACKOFF_LIMIT + 1,
            ready: 0,
            terminating: 0,
            uncountedTerminatedPods: {},
            conditions: [
              {
                type: "FailureTarget",
                status: "True",
                reason: "BackoffLimitExceeded",
                message: "Job has reached the specified backoff limit",
                lastProbeTime: finished,
                lastTransitionTime: finished,
              },
              {
                type: "Failed",
                status: "True",
                reason: "BackoffLimitExceeded",
                message: "Job has reached the specified backoff limit",
                lastProbeTime: finished,
                lastTransitionTime: finished,
              },
            ],
          },
    });
    const node = nodeFor(jobName);
    if (!node) continue;
    const podTemplateWithRestart = { ...template, pod: { ...template.pod, restartPolicy: "OnFailure" as const } };
    const specBase = buildPodSpecBase({
      template: podTemplateWithRestart,
      volumeSuffix: hashHex({ key: `vol:${jobName}`, length: 5 }),
    });
    const podName = `${jobName}-${toNameAlphabet({ hex: hashHex({ key: `pod:${context.spec.seed}:${template.namespace}/${jobName}`, length: 10 }), length: 5 })}`;
    objects.push(
      renderPod({
        context,
        template: podTemplateWithRestart,
        specBase,
        name: podName,
        labels: jobLabels,
        owner: { apiVersion: "batch/v1", kind: "Job", name: jobName, uid: jobMeta.uid },
        node,
        placement,
        startedAt: run.scheduledAt,
        phase: run.succeeded ? "Succeeded" : "Failed",
        finishedAt: finishOf(run),
      }),
    );
  }
  return objects;
}

function finishOf(run: JobRun): Date {
  return new Date(run.scheduledAt.getTime() + run.durationSeconds * 1000);
}
