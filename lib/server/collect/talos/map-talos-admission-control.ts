import { z } from "zod";
import type { TalosAdmissionControl } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { redactSecretValues } from "./redact-secret-values";
import { rawRecord, rawString, rawStrings } from "./talos-raw-schemas";

const MAX_CONFIGURATION_JSON_CHARS = 64 * 1024;

const schema = z.object({
  config: z.array(z.object({ name: z.string(), configuration: rawRecord.nullish() })).nullish(),
});

const podSecuritySchema = z.object({
  apiVersion: rawString,
  defaults: z.record(z.string(), z.string()).nullish(),
  exemptions: z.object({ namespaces: rawStrings, usernames: rawStrings, runtimeClasses: rawStrings }).nullish(),
});

/**
 * AdmissionControlConfig (reference §3.8): the configured admission plugins, secret-looking values
 * of their configurations redacted as a precaution; the PodSecurity plugin's defaults and
 * exemptions are read out (Talos' default: enforce baseline, audit and warn restricted,
 * `kube-system` exempt).
 */
export function mapTalosAdmissionControl({ spec }: { spec: unknown }): TalosAdmissionControl {
  const parsed = parseTalosSpec({ schema, value: spec, what: "AdmissionControlConfig" });
  const plugins = (parsed.config ?? []).map((plugin) => {
    const configuration = plugin.configuration
      ? (redactSecretValues({
          value: structuredClone(plugin.configuration),
          path: "",
          onRedact: () => undefined,
        }) as Record<string, unknown>)
      : null;
    const isSmall = configuration !== null && JSON.stringify(configuration).length <= MAX_CONFIGURATION_JSON_CHARS;
    return { name: plugin.name, configuration: isSmall ? configuration : null };
  });
  const podSecurityPlugin = parsed.config?.find((plugin) => plugin.name === "PodSecurity");
  if (!podSecurityPlugin) return { podSecurity: null, plugins };
  const podSecurity = parseTalosSpec({
    schema: podSecuritySchema,
    value: podSecurityPlugin.configuration ?? {},
    what: "AdmissionControlConfig PodSecurity",
  });
  const defaults = podSecurity.defaults ?? {};
  return {
    podSecurity: {
      apiVersion: podSecurity.apiVersion ?? null,
      defaults: {
        enforce: defaults.enforce ?? null,
        enforceVersion: defaults["enforce-version"] ?? null,
        audit: defaults.audit ?? null,
        auditVersion: defaults["audit-version"] ?? null,
        warn: defaults.warn ?? null,
        warnVersion: defaults["warn-version"] ?? null,
      },
      exemptions: {
        namespaces: podSecurity.exemptions?.namespaces ?? [],
        usernames: podSecurity.exemptions?.usernames ?? [],
        runtimeClasses: podSecurity.exemptions?.runtimeClasses ?? [],
      },
    },
    plugins,
  };
}
