import { z } from "zod";
import type { KubeRoleBinding } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawRoleBinding = z.object({
  metadata: rawMetadata,
  roleRef: z.object({ kind: z.string(), name: z.string() }),
  subjects: z.array(z.object({ kind: z.string(), name: z.string(), namespace: rawString })).nullish(),
});

/** A RoleBinding or ClusterRoleBinding (its namespace is then null). */
export function mapRoleBinding(raw: unknown): MapResult<KubeRoleBinding> {
  return parseRawObject({
    schema: rawRoleBinding,
    raw,
    build: ({ metadata, roleRef, subjects }) => ({
      name: metadata.name,
      namespace: metadata.namespace ?? null,
      labels: metadata.labels ?? {},
      roleRef: { kind: roleRef.kind, name: roleRef.name },
      subjects: (subjects ?? []).map(({ kind, name, namespace }) => ({ kind, name, namespace: namespace || null })),
    }),
  });
}
