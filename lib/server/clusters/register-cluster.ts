import { randomUUID } from "node:crypto";
import type { CreateClusterInput } from "@/lib/shared/cluster-schemas";
import { DEFAULT_SCHEDULE } from "@/lib/shared/cluster-schemas";
import type { ClusterView } from "@/lib/shared/cluster-view";
import type { Actor } from "@/lib/server/auth/actor";
import { insertCluster } from "@/lib/server/store/clusters/insert-cluster";
import { toEnvironmentRow } from "@/lib/server/store/clusters/cluster-row";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { prepareKubeconfig, prepareTalosconfig } from "./prepare-credentials";
import { toClusterView } from "./to-cluster-view";

type AuditActor = Parameters<typeof recordAuditEvent>[0]["actor"];

/** Validates both credential files, encrypts them, and stores the cluster. Nothing is stored if any part is invalid. */
export async function registerCluster({
  input,
  actor,
}: {
  input: CreateClusterInput;
  /** A system actor too: the `seed-history` CLI registers the clusters it simulates. */
  actor: Actor | AuditActor;
}): Promise<ClusterView> {
  const id = randomUUID();
  const kube = await prepareKubeconfig({ clusterId: id, text: input.kubeconfig, context: input.kubeContext });
  // Note: an empty talosconfig is an upload (refused as empty), not "no Talos".
  const talos =
    input.talosconfig !== undefined
      ? await prepareTalosconfig({ clusterId: id, text: input.talosconfig, context: input.talosContext })
      : null;
  const row = await insertCluster({
    id,
    name: input.name,
    environment: toEnvironmentRow(input.environment),
    site: input.site ?? null,
    labels: input.labels ?? {},
    schedule: input.schedule ?? DEFAULT_SCHEDULE,
    kubeServer: kube.parsed.server,
    kubeContext: kube.parsed.context,
    kubeInfo: JSON.parse(JSON.stringify(kube.parsed.info)),
    talosEndpoints: talos?.parsed.info.endpoints ?? [],
    talosContext: talos?.parsed.context ?? null,
    talosInfo: talos ? JSON.parse(JSON.stringify(talos.parsed.info)) : null,
    credentials: [kube.credential, ...(talos ? [talos.credential] : [])],
  });
  await recordAuditEvent({
    actor,
    action: "cluster.create",
    outcome: "success",
    target: { type: "cluster", id: row.id },
    details: { name: row.name, hasTalos: Boolean(talos) },
  });
  return toClusterView(row, { latestRun: null, now: new Date() });
}
