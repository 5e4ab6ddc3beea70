import type { TalosMachineConfigDocument } from "./snapshot-types/talos-control-plane-types";
import { isSetValue, REDACTED, redactSecretValues } from "./redact-secret-values";

// Secret paths of reference/talos-api.md §3.6 (what Talos' own Redact methods cover), plus the
// values it lists as possibly secret. `*` is any map key, `[]` any list element.
const V1ALPHA1_PATHS = [
  "machine.token",
  "machine.ca.key",
  "machine.registries.config.*.auth.password",
  "machine.registries.config.*.auth.auth",
  "machine.registries.config.*.auth.identityToken",
  "machine.registries.config.*.tls.clientIdentity.key",
  "machine.network.interfaces[].wireguard.privateKey",
  "machine.network.interfaces[].wireguard.peers[].presharedKey",
  "machine.network.interfaces[].vip.equinixMetal.apiToken",
  "machine.network.interfaces[].vip.hcloud.apiToken",
  "machine.network.interfaces[].vlans[].vip.equinixMetal.apiToken",
  "machine.network.interfaces[].vlans[].vip.hcloud.apiToken",
  "machine.systemDiskEncryption.state.keys[].static.passphrase",
  "machine.systemDiskEncryption.ephemeral.keys[].static.passphrase",
  "machine.env.*",
  "machine.files[].content",
  "cluster.id",
  "cluster.secret",
  "cluster.token",
  "cluster.aescbcEncryptionSecret",
  "cluster.secretboxEncryptionSecret",
  "cluster.ca.key",
  "cluster.aggregatorCA.key",
  "cluster.serviceAccount.key",
  "cluster.etcd.ca.key",
  "cluster.inlineManifests[].contents",
  "cluster.extraManifestHeaders.*",
];

const VOLUME_PATHS = ["encryption.keys[].static.passphrase"];

/** Secret paths of the other documents of a (1.5+ / 1.14) multi-document config, by `kind`. */
const DOCUMENT_PATHS: Record<string, string[]> = {
  VolumeConfig: VOLUME_PATHS,
  UserVolumeConfig: VOLUME_PATHS,
  RawVolumeConfig: VOLUME_PATHS,
  SwapVolumeConfig: VOLUME_PATHS,
  DiscoveryIdentityConfig: ["clusterID", "clusterSecret"],
  RegistryAuthConfig: ["password", "auth", "identityToken"],
  RegistryTLSConfig: ["clientIdentity.key"],
  KubeAggregatorCAConfig: ["issuingCA.key"],
  KubeAPIServerCAConfig: ["issuingCA.key"],
  KubeServiceAccountConfig: ["issuer.privateKey"],
  HCloudVIPConfig: ["apiToken"],
  WireguardConfig: ["privateKey", "peers[].presharedKey"],
  SideroLinkConfig: ["uniqueToken"],
  // KubeEtcdEncryptionConfig: every `secret` inside `config`, and SideroLinkConfig's `apiUrl`
  // jointoken, are covered by redactSecretValues (secret-named fields, URL credentials).
};

/**
 * Redacts a parsed machine config (one entry per YAML document, legacy v1alpha1 and multi-document
 * layouts alike) into snapshot documents: every secret of §3.6 that was set becomes "[redacted]",
 * then redactSecretValues sweeps everything for secret-named fields, private keys and URL
 * credentials. The input is not modified. Returns the documents and where values were redacted.
 *
 * // Note: this runs inside the collector, before the config leaves it; the raw text is never
 * // kept. Free-form `extraArgs` stay readable: os:reader sees the same flags through StaticPods.
 */
export function redactMachineConfig({ documents }: { documents: unknown[] }): {
  documents: TalosMachineConfigDocument[];
  redactedPaths: string[];
} {
  const redactedPaths: string[] = [];
  const result = documents.flatMap((document, index): TalosMachineConfigDocument[] => {
    if (document === null || typeof document !== "object" || Array.isArray(document)) return [];
    const content = structuredClone(document) as Record<string, unknown>;
    const kind = typeof content.kind === "string" ? content.kind : index === 0 ? "v1alpha1" : "unknown";
    const name = typeof content.name === "string" ? content.name : null;
    const label = name === null ? kind : `${kind}/${name}`;
    const onRedact = (path: string) => redactedPaths.push(`${label}:${path}`);
    const isLegacy = typeof content.kind !== "string" && ("machine" in content || "cluster" in content);
    const patterns = isLegacy ? V1ALPHA1_PATHS : (DOCUMENT_PATHS[kind] ?? []);
    for (const pattern of patterns) redactPattern({ root: content, segments: parsePattern(pattern), onRedact });
    redactSecretValues({ value: content, path: "", onRedact });
    return [{ kind, name, content }];
  });
  return { documents: result, redactedPaths };
}

function parsePattern(pattern: string): string[] {
  return pattern.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), "[]"] : [part]));
}

function redactPattern({
  root,
  segments,
  onRedact,
  path = "",
}: {
  root: unknown;
  segments: string[];
  onRedact: (path: string) => void;
  path?: string;
}): void {
  const [head, ...rest] = segments;
  if (head === undefined || root === null || typeof root !== "object") return;
  if (head === "[]") {
    if (!Array.isArray(root)) return;
    root.forEach((item, index) => redactPattern({ root: item, segments: rest, onRedact, path: `${path}[${index}]` }));
    return;
  }
  if (Array.isArray(root)) return;
  const record = root as Record<string, unknown>;
  const keys = head === "*" ? Object.keys(record) : head in record ? [head] : [];
  for (const key of keys) {
    const childPath = path === "" ? key : `${path}.${key}`;
    if (rest.length > 0) {
      redactPattern({ root: record[key], segments: rest, onRedact, path: childPath });
    } else if (isSetValue(record[key]) && record[key] !== REDACTED) {
      record[key] = REDACTED;
      onRedact(childPath);
    }
  }
}
