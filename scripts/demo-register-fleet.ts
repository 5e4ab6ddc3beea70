import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { FleetManifestCluster } from "@/lib/sim/fleet";
import { expectOk, type ApiRequest } from "./demo-api-client";
import { mapLimit } from "./demo-map-limit";

const clusterSchema = z.object({ id: z.string(), name: z.string() });
const clusterListSchema = z.object({ items: z.array(clusterSchema) });

export interface RegisteredCluster {
  id: string;
  name: string;
  outcome: "created" | "updated";
}

async function listClusterIds(api: ApiRequest): Promise<Map<string, string>> {
  const { items } = expectOk({
    response: await api({ method: "GET", path: "/api/v1/clusters" }),
    schema: clusterListSchema,
    what: "listing clusters",
  });
  return new Map(items.map((item) => [item.name, item.id]));
}

/**
 * Registers every simulated cluster through `POST /api/v1/clusters` with its kubeconfig and
 * talosconfig. A cluster Lotse already has (an earlier demo run on the same data) gets its
 * placement and credentials replaced with `PATCH`: the simulator listens on new ports on every
 * start, so the stored credentials would no longer connect.
 */
export async function registerFleet({
  api,
  clusters,
  readCredential = (file) => readFile(file, "utf8"),
}: {
  api: ApiRequest;
  clusters: readonly FleetManifestCluster[];
  readCredential?: (file: string) => Promise<string>;
}): Promise<RegisteredCluster[]> {
  let existing = await listClusterIds(api);

  async function update(id: string, cluster: FleetManifestCluster): Promise<RegisteredCluster> {
    const body = {
      environment: cluster.environment,
      site: cluster.site || null,
      labels: cluster.labels,
      kubeconfig: await readCredential(cluster.kubernetes.kubeconfig),
      talosconfig: cluster.talos ? await readCredential(cluster.talos.talosconfig) : null,
    };
    const updated = expectOk({
      response: await api({ method: "PATCH", path: `/api/v1/clusters/${id}`, body }),
      schema: clusterSchema,
      what: `updating cluster ${cluster.name}`,
    });
    return { id: updated.id, name: updated.name, outcome: "updated" };
  }

  async function register(cluster: FleetManifestCluster): Promise<RegisteredCluster> {
    const knownId = existing.get(cluster.name);
    if (knownId) return update(knownId, cluster);
    const body = {
      name: cluster.name,
      environment: cluster.environment,
      ...(cluster.site ? { site: cluster.site } : {}),
      labels: cluster.labels,
      kubeconfig: await readCredential(cluster.kubernetes.kubeconfig),
      ...(cluster.talos ? { talosconfig: await readCredential(cluster.talos.talosconfig) } : {}),
    };
    const response = await api({ method: "POST", path: "/api/v1/clusters", body });
    if (response.status === 409) {
      // Registered since we listed (e.g. by hand in the UI): update that one instead.
      existing = await listClusterIds(api);
      const id = existing.get(cluster.name);
      if (id) return update(id, cluster);
    }
    const created = expectOk({
      response,
      schema: clusterSchema,
      what: `registering cluster ${cluster.name}`,
      statuses: [201],
    });
    return { id: created.id, name: created.name, outcome: "created" };
  }

  return mapLimit({ items: clusters, limit: 4, fn: register });
}
