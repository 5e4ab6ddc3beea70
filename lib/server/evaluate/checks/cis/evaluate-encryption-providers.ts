import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { cisCheck, type Verdict } from "./support/cis-verdict";
import { judgeControlPlane } from "./support/judge-control-plane";
import { findTalosNode, legacyClusterSection } from "./support/talos-node-config";

const check = cisCheck("1.2.28");

/** First providers CIS accepts for Secrets (kube-bench: aescbc, kms, secretbox). */
const STRONG = new Set(["aescbc", "kms", "secretbox"]);

function judgeFirstProvider(node: string, provider: string | undefined, evidence: EvidenceItem[]): Verdict {
  if (provider === undefined) {
    return { state: "violated", message: `kube-apiserver on ${node}: no provider encrypts Secrets.`, evidence };
  }
  if (STRONG.has(provider)) {
    return {
      state: "compliant",
      message: `kube-apiserver on ${node} encrypts Secrets with ${provider} first.`,
      evidence,
    };
  }
  if (provider === "identity") {
    return {
      state: "violated",
      message: `kube-apiserver on ${node} writes Secrets in plain text (identity first).`,
      evidence,
    };
  }
  return {
    state: "review",
    message: `kube-apiserver on ${node} encrypts Secrets with ${provider} first, which CIS does not list: review it.`,
    evidence,
  };
}

/** What Talos shows of the EncryptionConfiguration: the resource (≥ 1.14, os:admin) or the machine config. */
function judgeTalos(node: string, talos: TalosNodeSnapshot, fileEvidence: EvidenceItem): Verdict {
  const path = `talos.nodes[${talos.node}]`;
  const encryption = talos.etcdEncryption.data;
  if (encryption) {
    const group = encryption.resources.find((entry) => entry.resources.includes("secrets"));
    return judgeFirstProvider(node, group?.providers[0], [
      fileEvidence,
      { source: `${path}.etcdEncryption.resources[secrets].providers`, value: group?.providers ?? null },
    ]);
  }
  const machineConfig = talos.machineConfig.data;
  const cluster = machineConfig ? legacyClusterSection(machineConfig) : null;
  if (machineConfig && cluster) {
    const provider =
      cluster.secretboxEncryptionSecret !== undefined
        ? "secretbox"
        : cluster.aescbcEncryptionSecret !== undefined
          ? "aescbc"
          : undefined;
    const key = provider === "aescbc" ? "aescbcEncryptionSecret" : "secretboxEncryptionSecret";
    return judgeFirstProvider(node, provider, [
      fileEvidence,
      {
        source: `${path}.machineConfig.v1alpha1.cluster.${key}`,
        value: provider ? "[redacted]" : null,
        note: "Talos renders the provider of the configured key first, then identity for reading old data",
      },
    ]);
  }
  return {
    state: "review",
    message: `kube-apiserver on ${node} uses Talos' encryption config; its providers need os:admin to read (Talos renders secretbox first by default).`,
    evidence: [
      fileEvidence,
      { source: `${path}.machineConfig`, value: null, note: talos.machineConfig.errors[0]?.message ?? "not read" },
    ],
  };
}

function judge(context: EvaluationContext, instance: ComponentInstance): Verdict {
  const file = flagValue(instance.flags, "encryption-provider-config");
  const fileEvidence: EvidenceItem = { source: `${instance.source}.encryption-provider-config`, value: file ?? null };
  if (file === undefined) {
    return {
      state: "violated",
      message: `kube-apiserver on ${instance.node} has no --encryption-provider-config: Secrets are stored in plain text.`,
      evidence: [fileEvidence],
    };
  }
  const talos = context.platform === "talos" ? findTalosNode(context, instance.node) : undefined;
  if (talos) return judgeTalos(instance.node, talos, fileEvidence);
  return {
    state: "review",
    message: `kube-apiserver on ${instance.node} reads providers from ${file}, which is not visible through the API: check that aescbc, secretbox or kms comes first for secrets.`,
    evidence: [fileEvidence],
  };
}

/** CIS 1.2.28 (Manual): the first provider for Secrets is a real cipher. FAIL only on plain text. */
export const encryptionProvidersEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeControlPlane({
      context,
      check,
      component: "kube-apiserver",
      manualViolation: "FAIL",
      judge: (instance) => judge(context, instance),
    }),
};
