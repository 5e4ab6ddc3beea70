import { z } from "zod";
import type { TalosKubeletConfig } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { redactSecretValues } from "./redact-secret-values";
import { rawBoolean, rawExtraArgs, rawRecord, rawString, rawStrings } from "./talos-raw-schemas";

const schema = z.object({
  image: rawString,
  clusterDNS: rawStrings,
  clusterDomain: rawString,
  extraArgs: rawExtraArgs,
  extraMounts: z
    .array(z.object({ source: rawString, destination: rawString, type: rawString, options: rawStrings }))
    .nullish(),
  extraConfig: rawRecord.nullish(),
  cloudProviderExternal: rawBoolean,
  defaultRuntimeSeccompEnabled: rawBoolean,
  skipNodeRegistration: rawBoolean,
  disableManifestsDirectory: rawBoolean,
  credentialProviderConfig: rawRecord.nullish(),
});

/**
 * KubeletConfig (reference §3.8): what the machine config asks of the kubelet. The credential
 * provider config is reduced to whether one is set: its `env` may carry registry secrets.
 */
export function mapTalosKubeletConfig({ spec }: { spec: unknown }): TalosKubeletConfig {
  const parsed = parseTalosSpec({ schema, value: spec, what: "KubeletConfig" });
  return {
    image: parsed.image ?? "",
    clusterDNS: parsed.clusterDNS ?? [],
    clusterDomain: parsed.clusterDomain ?? "",
    extraArgs: parsed.extraArgs,
    extraConfig: redactSecretValues({
      value: structuredClone(parsed.extraConfig ?? {}),
      path: "",
      onRedact: () => undefined,
    }) as Record<string, unknown>,
    extraMounts: (parsed.extraMounts ?? []).map((mount) => ({
      source: mount.source ?? "",
      destination: mount.destination ?? "",
      type: mount.type ?? "",
      options: mount.options ?? [],
    })),
    defaultRuntimeSeccompEnabled: parsed.defaultRuntimeSeccompEnabled ?? false,
    skipNodeRegistration: parsed.skipNodeRegistration ?? false,
    disableManifestsDirectory: parsed.disableManifestsDirectory ?? false,
    cloudProviderExternal: parsed.cloudProviderExternal ?? false,
    hasCredentialProviderConfig: Object.keys(parsed.credentialProviderConfig ?? {}).length > 0,
  };
}
