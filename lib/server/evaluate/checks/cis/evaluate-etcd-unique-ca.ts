import {
  flagValue,
  readControlPlaneFlags,
  type ComponentInstance,
} from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { cisCheck, type Verdict } from "./support/cis-verdict";
import { judgeControlPlane, subjectName } from "./support/judge-control-plane";
import { readEtcdFlags, TALOS_ETCD_NOTE } from "./support/talos-etcd-flags";
import { findTalosNode, legacyClusterSection, readPath } from "./support/talos-node-config";

const check = cisCheck("2.7");

/** The API server's client CA on the same node, to compare with etcd's trusted CA. */
function apiServerClientCa(context: EvaluationContext, node: string): EvidenceItem | null {
  const read = readControlPlaneFlags(context, "kube-apiserver");
  if (read.state !== "known") return null;
  const instance =
    read.instances.find((candidate) => subjectName(context, candidate.node) === node) ?? read.instances[0];
  if (!instance) return null;
  return { source: `${instance.source}.client-ca-file`, value: flagValue(instance.flags, "client-ca-file") ?? null };
}

function judge(context: EvaluationContext, instance: ComponentInstance): Verdict {
  const trusted = flagValue(instance.flags, "trusted-ca-file");
  const isTalos = context.platform === "talos";
  const etcdEvidence: EvidenceItem = {
    source: `${instance.source}.trusted-ca-file`,
    value: trusted ?? null,
    ...(isTalos ? { note: TALOS_ETCD_NOTE } : {}),
  };
  if (trusted === undefined) {
    return {
      state: "violated",
      message: `etcd on ${instance.node} trusts no client CA (--trusted-ca-file is not set).`,
      evidence: [etcdEvidence],
    };
  }
  const talos = isTalos ? findTalosNode(context, instance.node) : undefined;
  const cluster = talos?.machineConfig.data ? legacyClusterSection(talos.machineConfig.data) : null;
  if (talos && cluster) {
    const etcdCa = readPath(cluster, ["etcd", "ca", "crt"]);
    const kubeCa = readPath(cluster, ["ca", "crt"]);
    const path = `talos.nodes[${talos.node}].machineConfig.v1alpha1.cluster`;
    const evidence: EvidenceItem[] = [
      etcdEvidence,
      { source: `${path}.etcd.ca.crt`, value: typeof etcdCa === "string" ? `${etcdCa.slice(0, 24)}…` : null },
      { source: `${path}.ca.crt`, value: typeof kubeCa === "string" ? `${kubeCa.slice(0, 24)}…` : null },
    ];
    return etcdCa !== undefined && etcdCa === kubeCa
      ? { state: "violated", message: `etcd on ${instance.node} trusts the Kubernetes CA itself.`, evidence }
      : {
          state: "compliant",
          message: `etcd on ${instance.node} trusts its own CA, distinct from the Kubernetes CA.`,
          evidence,
        };
  }
  const clientCa = apiServerClientCa(context, instance.node);
  const evidence = clientCa ? [etcdEvidence, clientCa] : [etcdEvidence];
  if (isTalos) {
    return {
      state: "compliant",
      message: `etcd on ${instance.node} trusts ${trusted}, the etcd CA Talos generates separately from the Kubernetes CA (cluster.etcd.ca).`,
      evidence,
    };
  }
  if (clientCa?.value === trusted) {
    return {
      state: "violated",
      message: `etcd on ${instance.node} trusts the same CA file as the API server's clients.`,
      evidence,
    };
  }
  return {
    state: "compliant",
    message: `etcd on ${instance.node} trusts ${trusted}, a different file from the API server's client CA.`,
    evidence,
  };
}

/** CIS 2.7 (Manual): etcd trusts a CA of its own, not the Kubernetes CA. */
export const etcdUniqueCaEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeControlPlane({
      context,
      check,
      component: "etcd",
      manualViolation: "FAIL",
      read: readEtcdFlags(context),
      judge: (instance) => judge(context, instance),
    }),
};
