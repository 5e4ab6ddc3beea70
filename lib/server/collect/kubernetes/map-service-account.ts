import { z } from "zod";
import type { KubeServiceAccount } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawServiceAccount = z.object({ metadata: rawMetadata, automountServiceAccountToken: rawBoolean });

export function mapServiceAccount(raw: unknown): MapResult<KubeServiceAccount> {
  return parseRawObject({
    schema: rawServiceAccount,
    raw,
    build: ({ metadata, automountServiceAccountToken }) => ({
      namespace: metadata.namespace ?? "",
      name: metadata.name,
      automountServiceAccountToken: automountServiceAccountToken ?? null,
    }),
  });
}
