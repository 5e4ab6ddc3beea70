import { z } from "zod";
import { expectOk, type ApiRequest } from "./demo-api-client";
import { mapLimit } from "./demo-map-limit";

const probeSchema = z.union([
  z.object({ ok: z.literal(true), version: z.string() }),
  z.object({ ok: z.literal(false), kind: z.string(), message: z.string() }),
]);
const connectionTestSchema = z.object({ kubernetes: probeSchema, talos: probeSchema.nullable() });

export interface ConnectionCheck {
  name: string;
  isReachable: boolean;
  /** Why not, when not: `kubernetes: tls — …`. */
  problems: string[];
}

/**
 * Runs Lotse's "Test connection" (`POST /api/v1/clusters/{id}/test`: Kubernetes `/version` and
 * the Talos `Version` API) for every cluster. Unreachable clusters are results, not errors: a
 * scenario with faults has some on purpose.
 */
export async function testConnections({
  api,
  clusters,
}: {
  api: ApiRequest;
  clusters: readonly { id: string; name: string }[];
}): Promise<ConnectionCheck[]> {
  return mapLimit({
    items: clusters,
    limit: 8,
    fn: async ({ id, name }) => {
      const result = expectOk({
        response: await api({ method: "POST", path: `/api/v1/clusters/${id}/test` }),
        schema: connectionTestSchema,
        what: `testing the connection to ${name}`,
      });
      const problems = Object.entries(result).flatMap(([apiName, probe]) =>
        probe && !probe.ok ? [`${apiName}: ${probe.kind} — ${probe.message.replace(/\.$/, "")}`] : [],
      );
      return { name, isReachable: problems.length === 0, problems };
    },
  });
}
