import type { KubeObjectMeta } from "@/lib/sim/model";
import { hashHex } from "../hash-key";

export interface OwnerRef {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
}

/** Kubernetes timestamps: RFC 3339 in UTC, whole seconds. */
export function formatKubeTime({ time }: { time: Date }): string {
  return time.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A v4-shaped UUID derived from the cluster seed and the object's identity (stable across days). */
export function deriveUid({ seed, key }: { seed: number; key: string }): string {
  const hex = hashHex({ key: `uid:${seed}:${key}`, length: 32 });
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Builds object metadata with deterministic UIDs. Every object of a cluster is created through
 * one factory, so the same scenario yields the same bytes.
 */
export function createObjectFactory({ seed }: { seed: number }) {
  return {
    uid: (key: string) => deriveUid({ seed, key }),
    meta({
      kind,
      name,
      namespace,
      created,
      labels,
      annotations,
      owner,
    }: {
      kind: string;
      name: string;
      namespace?: string;
      created: Date;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
      owner?: OwnerRef;
    }): KubeObjectMeta {
      const meta: KubeObjectMeta = {
        name,
        ...(namespace === undefined ? {} : { namespace }),
        uid: deriveUid({ seed, key: `${kind}:${namespace ?? ""}/${name}` }),
        creationTimestamp: formatKubeTime({ time: created }),
        ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
        ...(annotations && Object.keys(annotations).length > 0 ? { annotations } : {}),
        ...(owner ? { ownerReferences: [{ ...owner, controller: true }] } : {}),
      };
      // blockOwnerDeletion is what controllers set; the shared model type does not list it.
      if (owner) Object.assign(meta.ownerReferences?.[0] ?? {}, { blockOwnerDeletion: true });
      return meta;
    },
  };
}

export type ObjectFactory = ReturnType<typeof createObjectFactory>;
