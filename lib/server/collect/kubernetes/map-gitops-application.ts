import { z } from "zod";
import type { GitOpsApplication } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawArgoApplication = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      syncPolicy: z.object({ automated: z.object({ selfHeal: rawBoolean, prune: rawBoolean }).nullish() }).nullish(),
    })
    .nullish(),
  status: z
    .object({
      sync: z.object({ status: rawString }).nullish(),
      health: z.object({ status: rawString }).nullish(),
    })
    .nullish(),
});

/** An Argo CD Application: sync and health status, and whether automated sync heals and prunes. */
export function mapArgoApplication(raw: unknown): MapResult<GitOpsApplication> {
  return parseRawObject({
    schema: rawArgoApplication,
    raw,
    build: ({ metadata, spec, status }) => {
      const automated = spec?.syncPolicy?.automated;
      const syncStatus = status?.sync?.status ?? null;
      const healthStatus = status?.health?.status ?? null;
      return {
        kind: "Application",
        namespace: metadata.namespace ?? "",
        name: metadata.name,
        syncStatus,
        healthStatus,
        isReady:
          syncStatus === null || healthStatus === null ? null : syncStatus === "Synced" && healthStatus === "Healthy",
        isAutomated: Boolean(automated),
        // Argo CD defaults both to false inside `automated`.
        selfHeal: automated ? (automated.selfHeal ?? false) : false,
        prune: automated ? (automated.prune ?? false) : false,
      };
    },
  });
}

const rawFluxObject = z.object({
  metadata: rawMetadata,
  spec: z
    .object({
      suspend: rawBoolean,
      prune: rawBoolean,
      driftDetection: z.object({ mode: rawString }).nullish(),
    })
    .nullish(),
  status: z.object({ conditions: z.array(z.object({ type: z.string(), status: z.string() })).nullish() }).nullish(),
});

/**
 * A Flux Kustomization or HelmRelease. kustomize-controller re-applies on every interval, so a
 * Kustomization reverts drift by design; helm-controller does so only with driftDetection enabled.
 */
export function mapFluxObject(raw: unknown, kind: "Kustomization" | "HelmRelease"): MapResult<GitOpsApplication> {
  return parseRawObject({
    schema: rawFluxObject,
    raw,
    build: ({ metadata, spec, status }) => {
      const ready = (status?.conditions ?? []).find((condition) => condition.type === "Ready");
      return {
        kind,
        namespace: metadata.namespace ?? "",
        name: metadata.name,
        syncStatus: null,
        healthStatus: null,
        isReady: !ready || ready.status === "Unknown" ? null : ready.status === "True",
        isAutomated: spec?.suspend !== true,
        selfHeal:
          kind === "Kustomization" ? spec?.suspend !== true : (spec?.driftDetection?.mode ?? "disabled") === "enabled",
        prune: kind === "Kustomization" ? (spec?.prune ?? false) : null,
      };
    },
  });
}
