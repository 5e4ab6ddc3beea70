import { parseAllDocuments } from "yaml";
import type { TalosMachineConfig } from "@/lib/server/collect/snapshot/talos-snapshot";
import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import type { TalosResource } from "./decode-talos-resource";
import { redactMachineConfig } from "./redact-machine-config";
import { TalosApiError } from "./talos-api-error";

/**
 * The active MachineConfig (reference §3.6), redacted. The config text comes from `proto_spec`
 * (`resource.config.MachineConfigSpec.yaml_marshalled`, the bytes as submitted), else from the
 * `yaml_spec` string scalar; it is parsed as multi-document YAML and every document goes through
 * redactMachineConfig. A config that cannot be parsed is refused whole (nothing is kept), since
 * what cannot be parsed cannot be redacted.
 *
 * // Note: neither the text nor `proto_spec` leaves this function.
 */
export function mapTalosMachineConfig({ resource }: { resource: TalosResource }): TalosMachineConfig {
  const text = readConfigText({ resource });
  const parsed = parseAllDocuments(text);
  const documents = Array.isArray(parsed) ? parsed : [parsed];
  if (documents.some((document) => document.errors.length > 0)) {
    // The parser's messages quote the text around the error, which may be a secret.
    throw new TalosApiError({ kind: "invalid-response", message: "MachineConfig: the config is not valid YAML" });
  }
  const redacted = redactMachineConfig({ documents: documents.map((document) => document.toJS() as unknown) });
  return { resourceVersion: resource.metadata.version, ...redacted };
}

function readConfigText({ resource }: { resource: TalosResource }): string {
  if (resource.protoSpec.length > 0) {
    try {
      const type = loadTalosProtos().specRoot.lookupType("resource.config.MachineConfigSpec");
      const message = type.toObject(type.decode(resource.protoSpec)) as { yaml_marshalled?: Uint8Array };
      if (message.yaml_marshalled && message.yaml_marshalled.length > 0) {
        return Buffer.from(message.yaml_marshalled).toString("utf8");
      }
    } catch {
      // fall back to yaml_spec below
    }
  }
  if (typeof resource.spec === "string") return resource.spec;
  // Very old Talos embedded the config as a YAML document instead of a string scalar.
  if (resource.spec !== null && typeof resource.spec === "object") return JSON.stringify(resource.spec);
  throw new TalosApiError({ kind: "invalid-response", message: "MachineConfig: the resource holds no config" });
}
