import { parse } from "yaml";
import { deriveClusterSecrets } from "@/lib/sim/talos/derive-cluster-secrets";

export interface Needle {
  /** Where the secret came from, for the failure message (never the secret itself). */
  label: string;
  value: string;
}

/**
 * The forms a secret can take once it travels: itself, JSON-escaped, its base64-decoded PEM, and
 * each body line of that PEM (a PEM re-wrapped or re-encoded still shares its 64-character lines).
 */
export function searchableForms({ label, value }: Needle): Needle[] {
  const decoded = /^[A-Za-z0-9+/=\s]+$/.test(value) ? Buffer.from(value, "base64").toString("utf8") : "";
  const texts = decoded.includes("-----BEGIN") ? [value, decoded] : [value];
  const forms = texts.flatMap((text) => [
    text.trim(),
    JSON.stringify(text.trim()).slice(1, -1),
    ...text
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length >= 16 && !line.startsWith("-----")),
  ]);
  return [...new Set(forms)].filter((form) => form.length >= 12).map((form) => ({ label, value: form }));
}

/** Client keys and tokens of every user in a kubeconfig. */
export function kubeconfigSecrets({ name, text }: { name: string; text: string }): Needle[] {
  const document = parse(text) as { users?: { name: string; user: Record<string, unknown> }[] };
  return (document.users ?? []).flatMap(({ name: user, user: fields }) =>
    (["client-key-data", "token"] as const)
      .filter((field) => typeof fields[field] === "string")
      .map((field) => ({ label: `${name} kubeconfig ${user}.${field}`, value: fields[field] as string })),
  );
}

/** The client key of every context in a talosconfig. */
export function talosconfigSecrets({ name, text }: { name: string; text: string }): Needle[] {
  const document = parse(text) as { contexts?: Record<string, { key?: string }> };
  return Object.entries(document.contexts ?? {})
    .filter(([, context]) => typeof context.key === "string")
    .map(([context, { key }]) => ({ label: `${name} talosconfig ${context}.key`, value: key! }));
}

/** The secrets the simulator writes into a Talos cluster's MachineConfigs (reference §3.6 paths). */
export function machineConfigSecrets({ clusterName, seed }: { clusterName: string; seed: number }): Needle[] {
  const secrets = deriveClusterSecrets({ clusterName, seed });
  const values: Record<string, string> = {
    "cluster.id": secrets.clusterId,
    "cluster.secret": secrets.clusterSecret,
    "machine.token": secrets.machineToken,
    "cluster.token": secrets.bootstrapToken,
    "cluster.secretboxEncryptionSecret": secrets.secretboxEncryptionSecret,
    "machine.ca.key": secrets.osCa.key,
    "cluster.ca.key": secrets.kubernetesCa.key,
    "cluster.aggregatorCA.key": secrets.aggregatorCa.key,
    "cluster.etcd.ca.key": secrets.etcdCa.key,
    "cluster.serviceAccount.key": secrets.serviceAccountKey,
  };
  return Object.entries(values).map(([path, value]) => ({ label: `${clusterName} MachineConfig ${path}`, value }));
}
