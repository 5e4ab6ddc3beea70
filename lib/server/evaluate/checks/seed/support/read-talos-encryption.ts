import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { EvidenceItem } from "../../../evaluator-types";
import { legacyClusterSection, readPath } from "../../cis/support/talos-node-config";

/**
 * The encryption providers for Secrets as a Talos node shows them, in order (the first encrypts new
 * writes): `providers` null when nothing readable says (the EtcdEncryptionConfig resource exists
 * from Talos 1.14, and both it and the machine config need os:admin).
 */
export interface TalosEncryptionReading {
  providers: string[] | null;
  evidence: EvidenceItem[];
}

/** The first resource group that covers Secrets wins, as in the API server (`*.` = the core group). */
function secretsProviders(groups: { resources: string[]; providers: string[] }[]): string[] {
  const group = groups.find((entry) => entry.resources.some((name) => ["secrets", "*.", "*.*"].includes(name)));
  return group?.providers ?? [];
}

/** `resources: [{resources: [...], providers: [{secretbox: {...}}, {identity: {}}]}]` of an EncryptionConfiguration. */
function parseEncryptionConfiguration(config: unknown): { resources: string[]; providers: string[] }[] {
  const resources = readPath(config, ["resources"]);
  if (!Array.isArray(resources)) return [];
  return resources.map((entry) => {
    const names = readPath(entry, ["resources"]);
    const providers = readPath(entry, ["providers"]);
    return {
      resources: Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : [],
      providers: Array.isArray(providers)
        ? providers.flatMap((provider) =>
            typeof provider === "object" && provider !== null ? Object.keys(provider) : [],
          )
        : [],
    };
  });
}

export function readTalosEncryption(talos: TalosNodeSnapshot): TalosEncryptionReading {
  const path = `talos.nodes[${talos.node}]`;
  const resource = talos.etcdEncryption.data;
  if (resource) {
    const providers = secretsProviders(resource.resources);
    return {
      providers,
      evidence: [{ source: `${path}.etcdEncryption.resources[secrets].providers`, value: providers }],
    };
  }
  const machineConfig = talos.machineConfig.data;
  if (machineConfig) {
    const document = machineConfig.documents.find((candidate) => candidate.kind === "KubeEtcdEncryptionConfig");
    if (document) {
      const providers = secretsProviders(parseEncryptionConfiguration(readPath(document.content, ["config"])));
      return {
        providers,
        evidence: [
          { source: `${path}.machineConfig[KubeEtcdEncryptionConfig].config.resources[secrets]`, value: providers },
        ],
      };
    }
    const cluster = legacyClusterSection(machineConfig);
    const key = ["secretboxEncryptionSecret", "aescbcEncryptionSecret"].find((name) => cluster?.[name] !== undefined);
    const provider = key === "aescbcEncryptionSecret" ? "aescbc" : key ? "secretbox" : null;
    return {
      providers: provider ? [provider, "identity"] : [],
      evidence: [
        {
          source: `${path}.machineConfig.v1alpha1.cluster.${key ?? "secretboxEncryptionSecret"}`,
          value: key ? "[redacted]" : null,
          note: key
            ? `Talos renders ${provider} first, then identity to read data written before encryption`
            : "no encryption key in the machine config",
        },
      ],
    };
  }
  const errors = [...talos.etcdEncryption.errors, ...talos.machineConfig.errors];
  return {
    providers: null,
    evidence: [{ source: `${path}.machineConfig`, value: null, note: errors[0]?.message ?? "not read" }],
  };
}
