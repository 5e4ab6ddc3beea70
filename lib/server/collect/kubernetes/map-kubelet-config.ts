import { z } from "zod";
import type { KubeletConfigSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawNumber, rawString, rawStrings } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const MAX_RAW_JSON_CHARS = 64 * 1024;

const rawKubeletConfig = z.object({
  authentication: z
    .object({
      anonymous: z.object({ enabled: rawBoolean }).nullish(),
      webhook: z.object({ enabled: rawBoolean }).nullish(),
      x509: z.object({ clientCAFile: rawString }).nullish(),
    })
    .nullish(),
  authorization: z.object({ mode: rawString }).nullish(),
  readOnlyPort: rawNumber,
  protectKernelDefaults: rawBoolean,
  rotateCertificates: rawBoolean,
  serverTLSBootstrap: rawBoolean,
  tlsCertFile: rawString,
  tlsMinVersion: rawString,
  tlsCipherSuites: rawStrings,
  eventRecordQPS: rawNumber,
  makeIPTablesUtilChains: rawBoolean,
  streamingConnectionIdleTimeout: rawString,
  seccompDefault: rawBoolean,
  podPidsLimit: rawNumber,
  featureGates: z.record(z.string(), z.boolean()).nullish(),
});

/** The `/configz` answer (`{"kubeletconfig": …}`) reduced to the security-relevant fields, plus the raw object when small. */
export function mapKubeletConfig(raw: unknown): MapResult<KubeletConfigSummary> {
  const config = (raw as { kubeletconfig?: unknown } | null)?.kubeletconfig;
  if (!config || typeof config !== "object" || Array.isArray(config)) {
    return { ok: false, message: "configz did not answer a `kubeletconfig` object" };
  }
  return parseRawObject({
    schema: rawKubeletConfig,
    raw: config,
    build: (parsed) => ({
      anonymousAuthEnabled: parsed.authentication?.anonymous?.enabled ?? null,
      webhookAuthEnabled: parsed.authentication?.webhook?.enabled ?? null,
      clientCAFile: parsed.authentication?.x509?.clientCAFile ?? null,
      authorizationMode: parsed.authorization?.mode ?? null,
      readOnlyPort: parsed.readOnlyPort ?? null,
      protectKernelDefaults: parsed.protectKernelDefaults ?? null,
      rotateCertificates: parsed.rotateCertificates ?? null,
      serverTLSBootstrap: parsed.serverTLSBootstrap ?? null,
      tlsCertFile: parsed.tlsCertFile ?? null,
      tlsMinVersion: parsed.tlsMinVersion ?? null,
      tlsCipherSuites: parsed.tlsCipherSuites ?? null,
      eventRecordQPS: parsed.eventRecordQPS ?? null,
      makeIPTablesUtilChains: parsed.makeIPTablesUtilChains ?? null,
      streamingConnectionIdleTimeout: parsed.streamingConnectionIdleTimeout ?? null,
      seccompDefault: parsed.seccompDefault ?? null,
      podPidsLimit: parsed.podPidsLimit ?? null,
      featureGates: parsed.featureGates ?? {},
      raw: JSON.stringify(config).length <= MAX_RAW_JSON_CHARS ? (config as Record<string, unknown>) : null,
    }),
  });
}
