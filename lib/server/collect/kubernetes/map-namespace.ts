import { z } from "zod";
import type { KubeNamespace } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawNamespace = z.object({ metadata: rawMetadata, status: z.object({ phase: rawString }).nullish() });
const PSA = "pod-security.kubernetes.io/";

/** A Namespace with its Pod Security Admission labels picked out. */
export function mapNamespace(raw: unknown): MapResult<KubeNamespace> {
  return parseRawObject({
    schema: rawNamespace,
    raw,
    build: ({ metadata, status }) => {
      const labels = metadata.labels ?? {};
      const label = (key: string) => labels[`${PSA}${key}`] ?? null;
      return {
        name: metadata.name,
        labels,
        podSecurity: {
          enforce: label("enforce"),
          enforceVersion: label("enforce-version"),
          audit: label("audit"),
          auditVersion: label("audit-version"),
          warn: label("warn"),
          warnVersion: label("warn-version"),
        },
        phase: status?.phase ?? null,
        creationTimestamp: metadata.creationTimestamp ?? null,
      };
    },
  });
}
