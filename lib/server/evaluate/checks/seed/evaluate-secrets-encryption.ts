import { SECRETS_ENCRYPTION_CHECK } from "@/lib/catalog/checks/seed/secrets-encryption";
import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { findTalosNode } from "../cis/support/talos-node-config";
import { judgeApiServers, type SeedVerdict } from "./support/judge-api-servers";
import { readTalosEncryption } from "./support/read-talos-encryption";
import { secretToolEvidence } from "./support/secret-tool-evidence";

const check = SECRETS_ENCRYPTION_CHECK;

/** Providers that encrypt (KMS v1 and v2 both appear as `kms`). */
const CIPHERS = new Set(["secretbox", "aescbc", "aesgcm", "kms"]);

function judgeProviders(node: string, providers: string[], evidence: EvidenceItem[]): SeedVerdict {
  const first = providers[0];
  if (first === undefined) {
    return {
      status: "FAIL",
      message: `kube-apiserver on ${node} has no provider for Secrets: they are stored in plain text.`,
      evidence,
    };
  }
  if (first === "identity") {
    return {
      status: "FAIL",
      message: `kube-apiserver on ${node} writes Secrets in plain text: identity is the first provider.`,
      evidence,
    };
  }
  if (CIPHERS.has(first)) {
    return { status: "PASS", message: `kube-apiserver on ${node} encrypts Secrets at rest with ${first}.`, evidence };
  }
  return {
    status: "WARN",
    message: `kube-apiserver on ${node} encrypts Secrets first with "${first}", which Lotse does not recognise as a cipher: review it.`,
    evidence,
  };
}

function judge(context: EvaluationContext, instance: ComponentInstance): SeedVerdict {
  const file = flagValue(instance.flags, "encryption-provider-config");
  const fileEvidence: EvidenceItem = { source: `${instance.source}.encryption-provider-config`, value: file ?? null };
  if (file === undefined) {
    return {
      status: "FAIL",
      message: `kube-apiserver on ${instance.node} has no --encryption-provider-config, so Secrets are stored in plain text.`,
      evidence: [{ ...fileEvidence, note: "unset: no encryption at rest" }],
    };
  }
  const talos = context.platform === "talos" ? findTalosNode(context, instance.node) : undefined;
  if (!talos) {
    return {
      status: "WARN",
      message: `kube-apiserver on ${instance.node} reads its providers from ${file}, which is not visible through the Kubernetes API: confirm that secretbox, aescbc, aesgcm or kms comes before identity.`,
      evidence: [fileEvidence],
    };
  }
  const reading = readTalosEncryption(talos);
  if (reading.providers === null) {
    return {
      status: "WARN",
      message: `kube-apiserver on ${instance.node} uses Talos' encryption config, whose providers need os:admin to read (Talos renders secretbox first by default).`,
      evidence: [fileEvidence, ...reading.evidence],
    };
  }
  return judgeProviders(instance.node, reading.providers, [fileEvidence, ...reading.evidence]);
}

/**
 * seed.secrets-encryption, per control-plane node: FAIL without --encryption-provider-config, with
 * no provider for Secrets, or with identity first; PASS when the first provider is secretbox,
 * aescbc, aesgcm or kms (Talos: from EtcdEncryptionConfig, a KubeEtcdEncryptionConfig document or
 * the machine config's encryption secret); WARN when the flag is set but the providers are not
 * visible (kubeadm file, Talos without os:admin) or the first is not a known cipher. Managed →
 * NOT_APPLICABLE (a provider setting), flags unreadable → UNKNOWN. External Secrets Operator and
 * Sealed Secrets, where installed, are added to every finding as informative evidence.
 */
export const secretsEncryptionEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const tools = secretToolEvidence(context);
    return judgeApiServers({
      context,
      check,
      managedReason:
        "The provider runs the API server and etcd: whether Secrets are encrypted at rest is a provider setting not visible from the cluster; check its envelope (KMS) encryption setting.",
      judge: (instance) => judge(context, instance),
    }).map((result) => (tools.length > 0 ? { ...result, evidence: [...result.evidence, ...tools] } : result));
  },
};
