import { parse } from "yaml";
import { z } from "zod";
import type { TalosEtcdEncryption } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { redactSecretValues } from "./redact-secret-values";
import { TalosApiError } from "./talos-api-error";
import { rawRecord, rawStrings } from "./talos-raw-schemas";

const specSchema = z.object({ configuration: z.string().nullish() });
const configurationSchema = z
  .object({
    resources: z.array(z.object({ resources: rawStrings, providers: z.array(rawRecord).nullish() })).nullish(),
  })
  .loose();

/**
 * EtcdEncryptionConfig (Talos ≥ 1.14, reference §3.8): the rendered Kubernetes
 * EncryptionConfiguration, parsed, with every key `secret` (and anything else secret-looking)
 * redacted; the provider kinds per resource group are read out.
 *
 * // Note: the YAML carries the live secretbox/aescbc keys; only the redacted object is returned.
 */
export function mapTalosEtcdEncryption({ spec }: { spec: unknown }): TalosEtcdEncryption {
  const { configuration: text } = parseTalosSpec({ schema: specSchema, value: spec, what: "EtcdEncryptionConfig" });
  if (!text) return { resources: [], configuration: null };
  let document: unknown;
  try {
    document = parse(text);
  } catch {
    // The parser's message may quote the text, secrets included: say only that it failed.
    throw new TalosApiError({
      kind: "invalid-response",
      message: "EtcdEncryptionConfig: the configuration is not YAML",
    });
  }
  const redacted = redactSecretValues({ value: document, path: "", onRedact: () => undefined });
  const configuration = parseTalosSpec({
    schema: configurationSchema,
    value: redacted,
    what: "EtcdEncryptionConfig configuration",
  });
  return {
    resources: (configuration.resources ?? []).map((group) => ({
      resources: group.resources ?? [],
      providers: (group.providers ?? []).flatMap((provider) => Object.keys(provider)),
    })),
    configuration: redacted as Record<string, unknown>,
  };
}
