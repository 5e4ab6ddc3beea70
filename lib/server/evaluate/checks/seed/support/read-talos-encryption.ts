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
  /** The KMS providers among them, in order; null when the providers are not visible. */
  kmsProviders: KmsProvider[] | null;
  evidence: EvidenceItem[];
}

/** A `kms` provider of an EncryptionConfiguration: the plugin's name and KMS API version (v1 when unset, as Kubernetes defaults it). */
export interface KmsProvider {
  name: string | null;
  apiVersion: string;
}

/** The first resource group that covers Secrets wins, as in the API server (`*.` = the core group). */
function secretsGroup<T extends { resources: string[] }>(groups: T[]): T | undefined {
  return groups.find((entry) => entry.resources.some((name) => ["secrets", "*.", "*.*"].includes(name)));
}

function secretsProviders(groups: { resources: string[]; providers: string[] }[]): string[] {
  return secretsGroup(groups)?.providers ?? [];
}

interface ParsedGroup {
  resources: string[];
  providers: string[];
  kms: KmsProvider[];
}

/** `resources: [{resources: [...], providers: [{kms: {...}}, {secretbox: {...}}, {identity: {}}]}]` of an EncryptionConfiguration. */
function parseEncryptionConfiguration(config: unknown): ParsedGroup[] {
  const resources = readPath(config, ["resources"]);
  if (!Array.isArray(resources)) return [];
  return resources.map((entry) => {
    const names = readPath(entry, ["resources"]);
    const listed: unknown = readPath(entry, ["providers"]);
    const providers: unknown[] = Array.isArray(listed) ? listed : [];
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    return {
      resources: Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : [],
      providers: providers.flatMap((provider) =>
        typeof provider === "object" && provider !== null ? Object.keys(provider) : [],
      ),
      kms: providers.flatMap((provider): KmsProvider[] => {
        const kms = readPath(provider, ["kms"]);
        if (typeof kms !== "object" || kms === null) return [];
        return [{ name: text(readPath(kms, ["name"])), apiVersion: text(readPath(kms, ["apiVersion"])) ?? "v1" }];
      }),
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
      // The redacted configuration keeps each kms provider's name and apiVersion (they are not secrets).
      kmsProviders: secretsGroup(parseEncryptionConfiguration(resource.configuration))?.kms ?? [],
      evidence: [{ source: `${path}.etcdEncryption.resources[secrets].providers`, value: providers }],
    };
  }
  const machineConfig = talos.machineConfig.data;
  if (machineConfig) {
    const document = machineConfig.documents.find((candidate) => candidate.kind === "KubeEtcdEncryptionConfig");
    if (document) {
      const group = secretsGroup(parseEncryptionConfiguration(readPath(document.content, ["config"])));
      const providers = group?.providers ?? [];
      return {
        providers,
        kmsProviders: group?.kms ?? [],
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
      // The v1alpha1 cluster section can name secretbox or aescbc keys only, never a KMS plugin.
      kmsProviders: [],
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
    kmsProviders: null,
    evidence: [{ source: `${path}.machineConfig`, value: null, note: errors[0]?.message ?? "not read" }],
  };
}
