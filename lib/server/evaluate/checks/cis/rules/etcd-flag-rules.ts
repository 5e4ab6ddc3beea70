import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";
import type { ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { FlagCheckSpec } from "../support/build-flag-check";
import { etcdSightings, TALOS_ETCD_NOTE } from "../support/talos-etcd-flags";

/** On Talos: that etcd really runs on the node whose enforced flags are cited. */
function talosEtcdEvidence(context: EvaluationContext, instance: ComponentInstance): EvidenceItem[] {
  const node = context.snapshot.talos?.nodes.find(
    (candidate) => candidate.kubernetesName === instance.node || candidate.node === instance.node,
  );
  return node ? etcdSightings(`talos.nodes[${node.node}]`, node) : [];
}

const etcd = (spec: Omit<FlagCheckSpec, "component" | "talosNote" | "extraEvidence">): FlagCheckSpec => ({
  component: "etcd",
  talosNote: TALOS_ETCD_NOTE,
  extraEvidence: talosEtcdEvidence,
  ...spec,
});

/** etcd (CIS 2.1–2.6): kubeadm etcd mirror pod flags, or the flags Talos enforces on its etcd service. */
export const ETCD_FLAG_CHECKS: FlagCheckSpec[] = [
  etcd({
    cisId: "2.1",
    rules: [
      { flag: "cert-file", expect: { op: "set" } },
      { flag: "key-file", expect: { op: "set" } },
    ],
  }),
  etcd({
    cisId: "2.2",
    rules: [{ flag: "client-cert-auth", expect: { op: "equals", value: "true" }, defaultValue: "false" }],
  }),
  etcd({
    cisId: "2.3",
    rules: [{ flag: "auto-tls", expect: { op: "equals", value: "false" }, defaultValue: "false" }],
  }),
  etcd({
    cisId: "2.4",
    rules: [
      { flag: "peer-cert-file", expect: { op: "set" } },
      { flag: "peer-key-file", expect: { op: "set" } },
    ],
  }),
  etcd({
    cisId: "2.5",
    rules: [{ flag: "peer-client-cert-auth", expect: { op: "equals", value: "true" }, defaultValue: "false" }],
  }),
  etcd({
    cisId: "2.6",
    rules: [{ flag: "peer-auto-tls", expect: { op: "equals", value: "false" }, defaultValue: "false" }],
  }),
];
