import { z } from "zod";
import { mapKubeletConfig } from "@/lib/server/collect/kubernetes/map-kubelet-config";
import { parseCommandFlags } from "@/lib/server/collect/kubernetes/parse-command-flags";
import type { TalosKubeletSpec } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { redactSecretValues } from "./redact-secret-values";
import { TalosApiError } from "./talos-api-error";
import { rawRecord, rawString, rawStrings } from "./talos-raw-schemas";

const schema = z.object({
  image: rawString,
  args: rawStrings,
  expectedNodename: rawString,
  config: rawRecord.nullish(),
});

/**
 * KubeletSpec (reference §3.8): the final kubelet flags and the KubeletConfiguration machined
 * writes, reduced with the same mapper as the Kubernetes `configz` answer so evaluators read both
 * alike.
 */
export function mapTalosKubeletSpec({ spec }: { spec: unknown }): TalosKubeletSpec {
  const parsed = parseTalosSpec({ schema, value: spec, what: "KubeletSpec" });
  let config: TalosKubeletSpec["config"] = null;
  if (parsed.config) {
    // Note: user `extraConfig` lands here (e.g. staticPodURLHeader); sweep secret-looking values first.
    const swept = redactSecretValues({ value: structuredClone(parsed.config), path: "", onRedact: () => undefined });
    const mapped = mapKubeletConfig({ kubeletconfig: swept });
    if (!mapped.ok) {
      throw new TalosApiError({ kind: "invalid-response", message: `KubeletSpec config: ${mapped.message}` });
    }
    config = mapped.value;
  }
  return {
    image: parsed.image ?? "",
    flags: parseCommandFlags({ argv: parsed.args ?? [] }).flags,
    expectedNodename: parsed.expectedNodename || null,
    config,
  };
}
