import { z } from "zod";
import type { TalosApiServerConfig } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawBoolean, rawExtraArgs, rawRecord, rawString, rawStrings } from "./talos-raw-schemas";

const schema = z.object({
  image: rawString,
  controlPlaneEndpoint: rawString,
  etcdServers: rawStrings,
  localPort: z.number().nullish(),
  serviceCIDR: rawStrings,
  extraArgs: rawExtraArgs,
  extraVolumes: z
    .array(z.object({ name: rawString, hostPath: rawString, mountPath: rawString, readonly: rawBoolean }))
    .nullish(),
  environmentVariables: rawRecord.nullish(),
  advertisedAddress: rawString,
  useAuthenticationConfig: rawBoolean,
});

/**
 * APIServerConfig `kube-apiserver` (reference §3.8), both `extraArgs` layouts. Environment values
 * are dropped (only names kept).
 */
export function mapTalosApiServerConfig({
  spec,
  minor,
}: {
  spec: unknown;
  minor: number | null;
}): TalosApiServerConfig {
  const parsed = parseTalosSpec({ schema, value: spec, what: "APIServerConfig" });
  return {
    image: parsed.image ?? "",
    controlPlaneEndpoint: parsed.controlPlaneEndpoint ?? "",
    etcdServers: parsed.etcdServers ?? [],
    localPort: parsed.localPort ?? null,
    serviceCIDRs: parsed.serviceCIDR ?? [],
    extraArgs: parsed.extraArgs,
    extraVolumes: (parsed.extraVolumes ?? []).map((volume) => ({
      name: volume.name ?? "",
      hostPath: volume.hostPath ?? "",
      mountPath: volume.mountPath ?? "",
      isReadOnly: volume.readonly ?? false,
    })),
    environmentVariableNames: Object.keys(parsed.environmentVariables ?? {}).sort(),
    advertisedAddress: parsed.advertisedAddress || null,
    useAuthenticationConfig: minor !== null && minor >= 14 ? (parsed.useAuthenticationConfig ?? false) : null,
  };
}
