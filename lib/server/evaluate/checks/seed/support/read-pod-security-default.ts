import type { CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import { flagList, flagValue, readControlPlaneFlags } from "@/lib/server/evaluate/read-control-plane-flags";
import type { EvaluationContext, EvidenceItem } from "../../../evaluator-types";

/**
 * The cluster-wide Pod Security Admission setup that applies to namespaces without an enforce label:
 * - `known`: the default enforce level and the exempt namespaces (`isDisabled`: the PodSecurity plugin is off);
 * - `not-visible`: configured in a file or by a provider that the API does not show;
 * - `unknown`: it could not be read (collection errors).
 */
export type PodSecurityDefault =
  | {
      state: "known";
      enforce: string;
      exemptNamespaces: string[];
      isDisabled: boolean;
      evidence: EvidenceItem[];
    }
  | { state: "not-visible"; reason: string; evidence: EvidenceItem[] }
  | { state: "unknown"; reason: string; errors: CollectionError[] };

/** The PodSecurity plugin's level when its configuration sets none. */
const BUILT_IN_ENFORCE = "privileged";

function readTalosDefault({ snapshot }: Pick<EvaluationContext, "snapshot">): PodSecurityDefault {
  const errors: CollectionError[] = [];
  for (const node of snapshot.talos?.nodes ?? []) {
    const { admissionControl } = node;
    if (admissionControl.isApplicable === false) continue;
    if (!admissionControl.data) {
      errors.push(...admissionControl.errors);
      continue;
    }
    const path = `talos.nodes[${node.node}].admissionControl`;
    const podSecurity = admissionControl.data.podSecurity;
    if (!podSecurity) {
      return {
        state: "known",
        enforce: BUILT_IN_ENFORCE,
        exemptNamespaces: [],
        isDisabled: false,
        evidence: [
          {
            source: `${path}.podSecurity`,
            value: null,
            note: "no PodSecurity plugin configuration: its built-in default (enforce privileged) applies",
          },
        ],
      };
    }
    const enforce = podSecurity.defaults.enforce ?? BUILT_IN_ENFORCE;
    return {
      state: "known",
      enforce,
      exemptNamespaces: podSecurity.exemptions.namespaces,
      isDisabled: false,
      evidence: [
        {
          source: `${path}.podSecurity.defaults.enforce`,
          value: podSecurity.defaults.enforce,
          note: podSecurity.defaults.enforce === null ? "unset: the plugin's default (privileged) applies" : undefined,
        },
        { source: `${path}.podSecurity.exemptions.namespaces`, value: podSecurity.exemptions.namespaces },
      ],
    };
  }
  if (!snapshot.talos) {
    return {
      state: "unknown",
      reason: "No talosconfig is registered, so Talos' AdmissionControlConfig was not read.",
      errors,
    };
  }
  return { state: "unknown", reason: "Talos' AdmissionControlConfig could not be read.", errors };
}

/**
 * Reads the cluster default: on Talos from the AdmissionControlConfig resource; on kubeadm from the
 * kube-apiserver flags (no --admission-control-config-file = the plugin's built-in privileged
 * default; with one, the file is not visible). `--disable-admission-plugins=PodSecurity` on any API
 * server turns enforcement off whatever the labels say.
 */
export function readPodSecurityDefault(context: EvaluationContext): PodSecurityDefault {
  if (context.platform === "managed") {
    return {
      state: "not-visible",
      reason:
        "the provider's PodSecurity admission configuration is not visible from the cluster (Kubernetes' built-in default is privileged)",
      evidence: [{ source: "platform", value: "managed", note: "the admission configuration is the provider's" }],
    };
  }
  const flags = readControlPlaneFlags(context, "kube-apiserver");
  const instances = flags.state === "known" ? flags.instances : [];
  const disabling = instances.find((instance) =>
    flagList(instance.flags, "disable-admission-plugins").includes("PodSecurity"),
  );
  if (disabling) {
    return {
      state: "known",
      enforce: BUILT_IN_ENFORCE,
      exemptNamespaces: [],
      isDisabled: true,
      evidence: [
        {
          source: `${disabling.source}.disable-admission-plugins`,
          value: flagValue(disabling.flags, "disable-admission-plugins") ?? null,
        },
      ],
    };
  }
  if (context.platform === "talos") return readTalosDefault(context);
  if (flags.state === "not-visible") return { state: "not-visible", reason: flags.reason, evidence: [] };
  if (flags.state === "unknown") return { state: "unknown", reason: flags.reason, errors: flags.errors };
  const configured = instances.find((instance) => flagValue(instance.flags, "admission-control-config-file"));
  if (configured) {
    return {
      state: "not-visible",
      reason: `the cluster default comes from ${flagValue(configured.flags, "admission-control-config-file")}, which is not visible through the Kubernetes API`,
      evidence: [
        {
          source: `${configured.source}.admission-control-config-file`,
          value: flagValue(configured.flags, "admission-control-config-file") ?? null,
        },
      ],
    };
  }
  if (flags.incomplete) {
    return { state: "unknown", reason: "Some kube-apiserver flags could not be read.", errors: flags.errors };
  }
  return {
    state: "known",
    enforce: BUILT_IN_ENFORCE,
    exemptNamespaces: [],
    isDisabled: false,
    evidence: instances.map((instance) => ({
      source: `${instance.source}.admission-control-config-file`,
      value: null,
      note: "unset: the PodSecurity plugin runs with its built-in default (enforce privileged)",
    })),
  };
}
