import { API_SERVER_ACCESS_CHECK } from "@/lib/catalog/checks/seed/api-server-access";
import { flagValue, type ComponentInstance } from "@/lib/server/evaluate/read-control-plane-flags";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { findTalosNode } from "../cis/support/talos-node-config";
import { judgeApiServers, type SeedVerdict } from "./support/judge-api-servers";
import { readTalosFirewall, type TalosFirewallReading } from "./support/read-talos-firewall";

const check = API_SERVER_ACCESS_CHECK;

type AnonymousState = "off" | "on" | "not-visible";

function readAnonymous(instance: ComponentInstance): {
  state: AnonymousState;
  given: string | undefined;
  evidence: EvidenceItem[];
} {
  const given = flagValue(instance.flags, "anonymous-auth");
  const authenticationConfig = flagValue(instance.flags, "authentication-config");
  const flag: EvidenceItem = { source: `${instance.source}.anonymous-auth`, value: given ?? null };
  if (given !== undefined) {
    return { state: ["false", "0", "f"].includes(given.toLowerCase()) ? "off" : "on", given, evidence: [flag] };
  }
  if (authenticationConfig !== undefined) {
    return {
      state: "not-visible",
      given,
      evidence: [
        flag,
        {
          source: `${instance.source}.authentication-config`,
          value: authenticationConfig,
          note: "anonymous access is set in this file (AuthenticationConfiguration.anonymous), not visible through the API",
        },
      ],
    };
  }
  return { state: "on", given, evidence: [{ ...flag, note: "unset: the API server defaults to true" }] };
}

function listenerEvidence(instance: ComponentInstance): EvidenceItem[] {
  const bind = flagValue(instance.flags, "bind-address");
  return [
    {
      source: `${instance.source}.bind-address`,
      value: bind ?? null,
      note: bind === undefined ? "unset: listens on all interfaces (0.0.0.0)" : undefined,
    },
    { source: `${instance.source}.advertise-address`, value: flagValue(instance.flags, "advertise-address") ?? null },
    { source: `${instance.source}.secure-port`, value: flagValue(instance.flags, "secure-port") ?? null },
  ];
}

function networkSentence(node: string, firewall: TalosFirewallReading | null, port: number): string {
  if (!firewall) {
    return `the firewalls that decide who reaches port ${port} on ${node} are not visible through the Kubernetes API: confirm that only approved networks can`;
  }
  switch (firewall.state) {
    case "not-configured":
      return `${node} accepts all ingress (no NetworkDefaultActionConfig with ingress: block), so port ${port} is open to every network that reaches the node unless an outside firewall limits it`;
    case "open-to-all":
      return `a NetworkRuleConfig on ${node} allows port ${port} from any address (${firewall.subnets.join(", ")})`;
    case "unreadable":
      return `the Talos firewall documents of ${node} need os:admin to read, so which networks reach port ${port} is not known`;
    case "restricted":
      return `port ${port} is allowed only from ${firewall.subnets.join(", ") || "no other host"}`;
  }
}

function judge(context: EvaluationContext, instance: ComponentInstance): SeedVerdict {
  const port = Number(flagValue(instance.flags, "secure-port") ?? "6443") || 6443;
  const anonymous = readAnonymous(instance);
  const talos = context.platform === "talos" ? findTalosNode(context, instance.node) : undefined;
  const firewall = talos ? readTalosFirewall(talos, port) : null;
  const evidence = [...anonymous.evidence, ...listenerEvidence(instance), ...(firewall?.evidence ?? [])];
  const network = networkSentence(instance.node, firewall, port);
  if (anonymous.state === "on") {
    return {
      status: "FAIL",
      message: `kube-apiserver on ${instance.node} accepts anonymous requests (${anonymous.given === undefined ? "--anonymous-auth is unset and defaults to true" : `--anonymous-auth=${anonymous.given}`}).`,
      evidence,
    };
  }
  if (anonymous.state === "not-visible") {
    return {
      status: "WARN",
      message: `kube-apiserver on ${instance.node} takes anonymous access from a structured authentication config that is not visible through the API: review it (${network}).`,
      evidence,
    };
  }
  if (firewall?.state === "restricted") {
    return {
      status: "PASS",
      message: `kube-apiserver on ${instance.node} refuses anonymous requests and ${network}.`,
      evidence,
    };
  }
  return {
    status: "WARN",
    message: `kube-apiserver on ${instance.node} refuses anonymous requests, but ${network}.`,
    evidence,
  };
}

/**
 * seed.api-server-access, per control-plane node: FAIL when kube-apiserver accepts anonymous
 * requests (--anonymous-auth=true, or unset without a structured authentication config); PASS only
 * when anonymous auth is off and a Talos ingress firewall is visible that blocks by default and
 * allows the API port from specific subnets only; WARN otherwise (the firewall is not visible:
 * kubeadm, Talos without os:admin; Talos accepts all ingress; a rule allows 0.0.0.0/0; anonymous
 * access set in an invisible authentication config). Managed → NOT_APPLICABLE (the provider's
 * endpoint settings are not visible), flags unreadable → UNKNOWN. Service loadBalancerSourceRanges
 * are not in the snapshot and not judged.
 */
export const apiServerAccessEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) =>
    judgeApiServers({
      context,
      check,
      managedReason:
        "The provider runs the API server: its anonymous-auth setting and endpoint restriction (private endpoint, authorized networks) are not visible from the cluster; check them in the provider's console.",
      judge: (instance) => judge(context, instance),
    }),
};
