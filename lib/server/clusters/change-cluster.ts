import type { UpdateClusterInput } from "@/lib/shared/cluster-schemas";
import type { ClusterView } from "@/lib/shared/cluster-view";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/http/app-error";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { toEnvironmentRow } from "@/lib/server/store/clusters/cluster-row";
import { updateClusterRecord } from "@/lib/server/store/clusters/update-cluster-record";
import type { EncryptedCredential } from "@/lib/server/store/clusters/insert-cluster";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { prepareKubeconfig, prepareTalosconfig } from "./prepare-credentials";
import { viewCluster } from "./to-cluster-view";

/** Applies a partial update; credential files, when given, are validated and replaced whole. */
export async function changeCluster({
  id,
  input,
  actor,
}: {
  id: string;
  input: UpdateClusterInput;
  actor: Actor;
}): Promise<ClusterView> {
  const existing = await findCluster({ id });
  if (!existing) throw new AppError("not_found", "No such cluster.");
  // Note: an empty file is an upload (and refused as empty), not "no change".
  const hasKubeconfig = input.kubeconfig !== undefined;
  const hasTalosconfig = typeof input.talosconfig === "string";
  if (input.kubeContext && !hasKubeconfig)
    throw new AppError("bad_request", "kubeContext can only be changed together with a kubeconfig.");
  if (input.talosContext && !hasTalosconfig)
    throw new AppError("bad_request", "talosContext can only be changed together with a talosconfig.");
  const credentials: EncryptedCredential[] = [];
  const changes: Parameters<typeof updateClusterRecord>[0]["changes"] = {
    name: input.name,
    environment: input.environment ? toEnvironmentRow(input.environment) : undefined,
    site: input.site,
    labels: input.labels,
    schedule: input.schedule,
  };
  if (input.kubeconfig !== undefined) {
    const kube = await prepareKubeconfig({ clusterId: id, text: input.kubeconfig, context: input.kubeContext });
    credentials.push(kube.credential);
    Object.assign(changes, {
      kubeServer: kube.parsed.server,
      kubeContext: kube.parsed.context,
      kubeInfo: JSON.parse(JSON.stringify(kube.parsed.info)),
    });
  }
  if (typeof input.talosconfig === "string") {
    const talos = await prepareTalosconfig({ clusterId: id, text: input.talosconfig, context: input.talosContext });
    credentials.push(talos.credential);
    Object.assign(changes, {
      talosEndpoints: talos.parsed.info.endpoints,
      talosContext: talos.parsed.context,
      talosInfo: JSON.parse(JSON.stringify(talos.parsed.info)),
    });
  }
  const removeTalos = input.talosconfig === null;
  if (removeTalos) Object.assign(changes, { talosEndpoints: [], talosContext: null, talosInfo: null });
  const row = await updateClusterRecord({ id, changes, credentials, removeTalos });
  await recordAuditEvent({
    actor,
    action: "cluster.update",
    outcome: "success",
    target: { type: "cluster", id },
    details: {
      name: row.name,
      fields: Object.keys(input).join(","),
      kubeconfigReplaced: hasKubeconfig,
      talosconfigReplaced: hasTalosconfig,
      talosconfigRemoved: removeTalos,
    },
  });
  return viewCluster(row);
}
