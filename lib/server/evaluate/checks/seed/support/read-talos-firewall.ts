import type { TalosNodeSnapshot } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { EvidenceItem } from "../../../evaluator-types";
import { readPath } from "../../cis/support/talos-node-config";

/**
 * What a Talos node's ingress firewall does to one TCP port:
 * - `restricted`: ingress is blocked by default and the port is allowed only from the listed subnets (none = nowhere);
 * - `open-to-all`: blocked by default, but a rule allows the port from 0.0.0.0/0 or ::/0;
 * - `not-configured`: no NetworkDefaultActionConfig with `ingress: block` (Talos accepts all ingress);
 * - `unreadable`: the machine config could not be read (it needs os:admin).
 */
export interface TalosFirewallReading {
  state: "restricted" | "open-to-all" | "not-configured" | "unreadable";
  subnets: string[];
  evidence: EvidenceItem[];
}

const ANY_ADDRESS = new Set(["0.0.0.0/0", "::/0"]);

/** `6443`, `"6443"` or a range `"6000-7000"` (Talos' PortRange) covers `port`. */
function coversPort(entry: unknown, port: number): boolean {
  if (typeof entry === "number") return entry === port;
  if (typeof entry !== "string") return false;
  const [low = NaN, high = low] = entry.split("-").map((part) => Number(part.trim()));
  return Number.isFinite(low) && Number.isFinite(high) && low <= port && port <= high;
}

function ingressSubnets(rule: unknown): string[] {
  const ingress = readPath(rule, ["ingress"]);
  if (!Array.isArray(ingress)) return [];
  return ingress
    .map((entry) => readPath(entry, ["subnet"]))
    .filter((subnet): subnet is string => typeof subnet === "string");
}

/** Reads the node's NetworkDefaultActionConfig and NetworkRuleConfig documents for the given TCP port. */
export function readTalosFirewall(talos: TalosNodeSnapshot, port: number): TalosFirewallReading {
  const path = `talos.nodes[${talos.node}].machineConfig`;
  const config = talos.machineConfig.data;
  if (!config) {
    return {
      state: "unreadable",
      subnets: [],
      evidence: [{ source: path, value: null, note: talos.machineConfig.errors[0]?.message ?? "not read" }],
    };
  }
  const defaultAction = config.documents.find((document) => document.kind === "NetworkDefaultActionConfig");
  const ingressAction = defaultAction ? readPath(defaultAction.content, ["ingress"]) : undefined;
  const actionEvidence: EvidenceItem = {
    source: `${path}[NetworkDefaultActionConfig].ingress`,
    value: typeof ingressAction === "string" ? ingressAction : null,
    note: ingressAction === "block" ? undefined : "Talos accepts all ingress unless the default action is block",
  };
  if (ingressAction !== "block") return { state: "not-configured", subnets: [], evidence: [actionEvidence] };
  const rules = config.documents.filter((document) => {
    if (document.kind !== "NetworkRuleConfig") return false;
    const protocol = readPath(document.content, ["portSelector", "protocol"]);
    const ports = readPath(document.content, ["portSelector", "ports"]);
    return (
      (protocol === undefined || protocol === "tcp") && Array.isArray(ports) && ports.some((p) => coversPort(p, port))
    );
  });
  const subnets = [...new Set(rules.flatMap((rule) => ingressSubnets(rule.content)))];
  const ruleEvidence: EvidenceItem = {
    source: `${path}[NetworkRuleConfig port ${port}].ingress[*].subnet`,
    value: subnets,
    note: `rules: ${rules.map((rule) => rule.name ?? "(unnamed)").join(", ") || "none (the port is closed to other hosts)"}`,
  };
  const isOpen = subnets.some((subnet) => ANY_ADDRESS.has(subnet));
  return { state: isOpen ? "open-to-all" : "restricted", subnets, evidence: [actionEvidence, ruleEvidence] };
}
