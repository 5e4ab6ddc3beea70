import { z } from "zod";
import type { GatekeeperConstraint } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawConstraint = z.object({ metadata: rawMetadata, spec: z.object({ enforcementAction: rawString }).nullish() });

/** A Gatekeeper constraint of kind `kind` (from discovery); the action defaults to "deny". */
export function mapGatekeeperConstraint(raw: unknown, kind: string): MapResult<GatekeeperConstraint> {
  return parseRawObject({
    schema: rawConstraint,
    raw,
    build: ({ metadata, spec }) => ({
      kind,
      name: metadata.name,
      enforcementAction: spec?.enforcementAction || "deny",
    }),
  });
}
