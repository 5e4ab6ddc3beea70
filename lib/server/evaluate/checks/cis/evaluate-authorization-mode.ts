import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { cisCheck, type Verdict } from "./support/cis-verdict";
import { judgeControlPlane } from "./support/judge-control-plane";
import { entryTypes, findTalosNode, legacyClusterSection, readPath } from "./support/talos-node-config";

/**
 * The API server's authorizers: from --authorization-mode, or — Talos ≥ 1.10 — from the structured
 * file named by --authorization-config. Talos renders that file from the machine config and, for
 * the v1alpha1 config, always adds Node and RBAC when the user's list lacks them
 * (k8s.AuthorizationConfigController). `guaranteed` holds what is known to be there when the rest
 * of the list is not visible (an os:reader credential cannot read the machine config).
 */
type Authorizers =
  | { state: "known"; types: string[]; evidence: EvidenceItem[] }
  | { state: "partial"; guaranteed: string[]; reason: string; evidence: EvidenceItem[] }
  | { state: "unknown"; reason: string; evidence: EvidenceItem[] };

export function readAuthorizers(context: EvaluationContext, instance: ComponentInstance): Authorizers {
  const modeValues = instance.flags["authorization-mode"];
  if (modeValues !== undefined) {
    const types = (Array.isArray(modeValues) ? modeValues : [modeValues]).flatMap((value) =>
      value.split(",").map((item) => item.trim()),
    );
    return {
      state: "known",
      types,
      evidence: [{ source: `${instance.source}.authorization-mode`, value: modeValues }],
    };
  }
  const configFile = flagValue(instance.flags, "authorization-config");
  if (configFile === undefined) {
    return {
      state: "known",
      types: ["AlwaysAllow"],
      evidence: [
        {
          source: `${instance.source}.authorization-mode`,
          value: null,
          note: "unset: the API server defaults to AlwaysAllow",
        },
        { source: `${instance.source}.authorization-config`, value: null },
      ],
    };
  }
  const flagEvidence: EvidenceItem = { source: `${instance.source}.authorization-config`, value: configFile };
  const talos = context.platform === "talos" ? findTalosNode(context, instance.node) : undefined;
  if (!talos) {
    return {
      state: "unknown",
      reason: `the authorizers are listed in ${configFile}, which is not visible through the Kubernetes API`,
      evidence: [flagEvidence],
    };
  }
  const path = `talos.nodes[${talos.node}]`;
  const talosFlag = {
    ...flagEvidence,
    note: "Talos ≥ 1.10 passes a structured AuthorizationConfiguration instead of --authorization-mode",
  };
  const machineConfig = talos.machineConfig.data;
  const cluster = machineConfig ? legacyClusterSection(machineConfig) : null;
  if (machineConfig && cluster) {
    const userTypes = entryTypes(readPath(cluster, ["apiServer", "authorizationConfig"])) ?? [];
    const types = [...new Set(["Node", "RBAC", ...userTypes])];
    return {
      state: "known",
      types,
      evidence: [
        talosFlag,
        {
          source: `${path}.machineConfig.v1alpha1.cluster.apiServer.authorizationConfig`,
          value: userTypes.length > 0 ? userTypes : null,
          note: "Talos renders Node and RBAC and adds them when this list lacks them",
        },
      ],
    };
  }
  const minor = talos.version.data?.minor ?? null;
  const versionEvidence: EvidenceItem = { source: `${path}.version.tag`, value: talos.version.data?.tag ?? null };
  if (!machineConfig && minor !== null && minor <= 13) {
    return {
      state: "partial",
      guaranteed: ["Node", "RBAC"],
      reason: "further authorizers would be in the machine config, which this credential cannot read (needs os:admin)",
      evidence: [
        talosFlag,
        { ...versionEvidence, note: "Talos ≤ 1.13 always renders the Node and RBAC authorizers into this file" },
        { source: `${path}.machineConfig`, value: null, note: talos.machineConfig.errors[0]?.message ?? "not read" },
      ],
    };
  }
  return {
    state: "unknown",
    reason: "the Talos authorization config could not be read (machine config unreadable or a multi-document config)",
    evidence: [talosFlag, versionEvidence],
  };
}

function buildAuthorizerCheck(
  cisId: string,
  judge: (authorizers: Authorizers, node: string) => Verdict,
): CheckEvaluator {
  const check = cisCheck(cisId);
  return {
    check,
    evaluate: (context) =>
      judgeControlPlane({
        context,
        check,
        component: "kube-apiserver",
        judge: (instance) => judge(readAuthorizers(context, instance), instance.node),
      }),
  };
}

function requires(cisId: string, authorizer: "Node" | "RBAC"): CheckEvaluator {
  return buildAuthorizerCheck(cisId, (authorizers, node) => {
    if (authorizers.state === "unknown") {
      return {
        state: "unknown",
        message: `kube-apiserver on ${node}: ${authorizers.reason}.`,
        evidence: authorizers.evidence,
      };
    }
    const types = authorizers.state === "known" ? authorizers.types : authorizers.guaranteed;
    const list = types.join(",");
    return types.includes(authorizer)
      ? {
          state: "compliant",
          message: `kube-apiserver on ${node} authorizes with ${authorizer} (${list}).`,
          evidence: authorizers.evidence,
        }
      : {
          state: "violated",
          message: `kube-apiserver on ${node} does not use the ${authorizer} authorizer (${list}).`,
          evidence: authorizers.evidence,
        };
  });
}

/** CIS 1.2.6: no AlwaysAllow authorizer. */
export const authorizationNotAlwaysAllowEvaluator = buildAuthorizerCheck("1.2.6", (authorizers, node) => {
  if (authorizers.state !== "known") {
    return {
      state: "unknown",
      message: `kube-apiserver on ${node}: ${authorizers.reason}.`,
      evidence: authorizers.evidence,
    };
  }
  const list = authorizers.types.join(",");
  return authorizers.types.includes("AlwaysAllow")
    ? {
        state: "violated",
        message: `kube-apiserver on ${node} authorizes every request (AlwaysAllow in ${list}).`,
        evidence: authorizers.evidence,
      }
    : {
        state: "compliant",
        message: `kube-apiserver on ${node} has no AlwaysAllow authorizer (${list}).`,
        evidence: authorizers.evidence,
      };
});

/** CIS 1.2.7: the Node authorizer is in use. */
export const authorizationNodeEvaluator = requires("1.2.7", "Node");

/** CIS 1.2.8: the RBAC authorizer is in use. */
export const authorizationRbacEvaluator = requires("1.2.8", "RBAC");
