import { SECRETS_ENCRYPTION_CHECK } from "@/lib/catalog/checks/seed/secrets-encryption";
import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { findTalosNode } from "../cis/support/talos-node-config";
import { judgeApiServers, type SeedVerdict } from "./support/judge-api-servers";
import { readTalosEncryption, type KmsProvider } from "./support/read-talos-encryption";
import { secretToolEvidence } from "./support/secret-tool-evidence";

const check = SECRETS_ENCRYPTION_CHECK;

/** Providers that encrypt (KMS v1 and v2 both appear as `kms`). */
const CIPHERS = new Set(["secretbox", "aescbc", "aesgcm", "kms"]);

function judgeProviders(
  node: string,
  providers: string[],
  kms: KmsProvider | undefined,
  evidence: EvidenceItem[],
): SeedVerdict {
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
  if (first === "kms" && kms) {
    const plugin = `KMS ${kms.apiVersion} plugin${kms.name ? ` ${kms.name}` : ""}`;
    if (kms.apiVersion === "v1") {
      return {
        status: "WARN",
        message: `kube-apiserver on ${node} encrypts Secrets with the ${plugin}: KMS v1 is deprecated and off by default since Kubernetes 1.29; move the plugin to KMS v2.`,
        evidence,
      };
    }
    return {
      status: "PASS",
      message: `kube-apiserver on ${node} encrypts Secrets at rest with kms (${plugin}).`,
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
  const kmsSource = `${instance.source}.encryption-provider-config[kms]`;
  if (!talos) {
    return {
      status: "WARN",
      message: `kube-apiserver on ${instance.node} reads its providers from ${file}, which is not visible through the Kubernetes API: confirm that secretbox, aescbc, aesgcm or kms comes before identity.`,
      evidence: [
        fileEvidence,
        {
          source: kmsSource,
          value: null,
          note: `not visible: whether a KMS provider is configured is in ${file} on the node`,
        },
      ],
    };
  }
  const reading = readTalosEncryption(talos);
  if (reading.providers === null || reading.kmsProviders === null) {
    return {
      status: "WARN",
      message: `kube-apiserver on ${instance.node} uses Talos' encryption config, whose providers need os:admin to read (Talos renders secretbox first by default).`,
      evidence: [
        fileEvidence,
        ...reading.evidence,
        { source: kmsSource, value: null, note: "not visible: Talos' encryption config needs os:admin to read" },
      ],
    };
  }
  const [kms] = reading.kmsProviders;
  const kmsItem: EvidenceItem = {
    source: kmsSource,
    value: kms ? { name: kms.name, apiVersion: kms.apiVersion } : null,
    note: kms
      ? `KMS ${kms.apiVersion} plugin${reading.providers[0] === "kms" ? ", the first provider: it encrypts new writes" : ", not first: it only decrypts"}`
      : "no KMS provider in the encryption config",
  };
  return judgeProviders(instance.node, reading.providers, kms, [fileEvidence, ...reading.evidence, kmsItem]);
}

/**
 * seed.secrets-encryption, per control-plane node: FAIL without --encryption-provider-config, with
 * no provider for Secrets, or with identity first; PASS when the first provider is secretbox,
 * aescbc, aesgcm or a KMS v2 plugin (Talos: from EtcdEncryptionConfig, a KubeEtcdEncryptionConfig
 * document or the machine config's encryption secret); WARN when the flag is set but the providers
 * are not visible (kubeadm file, Talos without os:admin), the first is not a known cipher, or it is
 * a KMS v1 plugin (deprecated, off by default since 1.29). The KMS provider (plugin name and API
 * version) is evidence where the providers are visible, and said to be not visible otherwise.
 * Managed → NOT_APPLICABLE (a provider setting), flags unreadable → UNKNOWN. External Secrets
 * Operator, Sealed Secrets and the Secrets Store CSI driver (Vault CSI provider), where installed,
 * are added to every finding as informative evidence.
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
