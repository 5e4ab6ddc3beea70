import { z } from "zod";
import type { KubeJobStatus, KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawNumber, rawString, rawStrings, toOwner } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";
import { redactCommandLine } from "./redact-command-line";

const rawTemplateContainer = z.object({ name: z.string(), image: rawString, command: rawStrings, args: rawStrings });
const rawPodTemplate = z
  .object({
    spec: z
      .object({
        containers: z.array(rawTemplateContainer).nullish(),
        initContainers: z.array(rawTemplateContainer).nullish(),
      })
      .nullish(),
  })
  .nullish();

// Job and CronJob status fields, and a DaemonSet's node counts; the kinds share `conditions`.
const rawStatus = z
  .object({
    desiredNumberScheduled: rawNumber,
    numberReady: rawNumber,
    lastScheduleTime: rawString,
    lastSuccessfulTime: rawString,
    startTime: rawString,
    completionTime: rawString,
    succeeded: rawNumber,
    failed: rawNumber,
    active: rawNumber,
    conditions: z.array(z.object({ type: z.string(), status: z.string() })).nullish(),
  })
  .nullish();

const rawWorkload = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      template: rawPodTemplate,
      schedule: rawString,
      suspend: rawBoolean,
      jobTemplate: z.object({ spec: z.object({ template: rawPodTemplate }).nullish() }).nullish(),
    })
    .nullish(),
  status: rawStatus,
});

/** A Deployment, DaemonSet, StatefulSet, Job or CronJob summary; commands are shortened and redacted. */
export function mapWorkload(raw: unknown, kind: KubeWorkload["kind"]): MapResult<KubeWorkload> {
  return parseRawObject({
    schema: rawWorkload,
    raw,
    build: ({ metadata, spec, status }) => {
      const template = kind === "CronJob" ? spec?.jobTemplate?.spec?.template : spec?.template;
      const containers = [...(template?.spec?.containers ?? []), ...(template?.spec?.initContainers ?? [])];
      return {
        kind,
        namespace: metadata.namespace ?? "",
        name: metadata.name,
        labels: metadata.labels ?? {},
        owner: toOwner(metadata),
        creationTimestamp: metadata.creationTimestamp ?? null,
        containers: containers.map((container) => ({
          name: container.name,
          image: container.image ?? null,
          command: redactCommandLine({ words: container.command ?? [] }),
          args: redactCommandLine({ words: container.args ?? [] }),
        })),
        cronJob:
          kind === "CronJob"
            ? {
                schedule: spec?.schedule ?? "",
                suspend: spec?.suspend ?? false,
                lastScheduleTime: status?.lastScheduleTime ?? null,
                lastSuccessfulTime: status?.lastSuccessfulTime ?? null,
              }
            : null,
        job: kind === "Job" ? toJobStatus(status) : null,
        ...(kind === "DaemonSet"
          ? {
              daemonSet: {
                desiredNumberScheduled: status?.desiredNumberScheduled ?? null,
                numberReady: status?.numberReady ?? null,
              },
            }
          : {}),
      };
    },
  });
}

function toJobStatus(status: z.infer<typeof rawStatus>): KubeJobStatus {
  const isTrue = (type: string) => status?.conditions?.some((c) => c.type === type && c.status === "True") ?? false;
  const active = status?.active ?? 0;
  return {
    startTime: status?.startTime ?? null,
    completionTime: status?.completionTime ?? null,
    succeeded: status?.succeeded ?? 0,
    failed: status?.failed ?? 0,
    active,
    outcome: isTrue("Complete") ? "succeeded" : isTrue("Failed") ? "failed" : active > 0 ? "running" : "unknown",
  };
}
