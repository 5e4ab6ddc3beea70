import type { ConnectionTestView } from "@/lib/shared/cluster-view";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/http/app-error";
import { findCluster } from "@/lib/server/store/clusters/find-clusters";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { probeKubernetesVersion } from "@/lib/server/collect/kubernetes/probe-kubernetes-version";
import { probeTalosVersion } from "@/lib/server/collect/talos/probe-talos-version";
import { readTalosContextMaterial } from "@/lib/server/credentials/parse-talosconfig";
import { readClusterCredential } from "./read-cluster-credential";

const PROBE_TIMEOUT_MS = 5_000;

/** Reaches Kubernetes /version and, when registered, the Talos Version API, both with short deadlines, in parallel. */
export async function testClusterConnection({ id, actor }: { id: string; actor: Actor }): Promise<ConnectionTestView> {
  const cluster = await findCluster({ id });
  if (!cluster) throw new AppError("not_found", "No such cluster.");
  const kubeconfig = await readClusterCredential({ clusterId: id, kind: "kubeconfig" });
  const talosconfig = cluster.talosContext ? await readClusterCredential({ clusterId: id, kind: "talosconfig" }) : null;
  const [kubernetes, talos] = await Promise.all([
    probeKubernetesVersion({ kubeconfig: kubeconfig!, timeoutMs: PROBE_TIMEOUT_MS }),
    talosconfig
      ? probeTalosVersion({
          context: readTalosContextMaterial({ normalized: talosconfig }),
          timeoutMs: PROBE_TIMEOUT_MS,
        })
      : Promise.resolve(null),
  ]);
  await recordAuditEvent({
    actor,
    action: "cluster.test-connection",
    outcome: kubernetes.ok && (talos?.ok ?? true) ? "success" : "failure",
    target: { type: "cluster", id },
    details: {
      kubernetes: kubernetes.ok ? "ok" : kubernetes.kind,
      talos: talos ? (talos.ok ? "ok" : talos.kind) : null,
    },
  });
  return { kubernetes, talos };
}
