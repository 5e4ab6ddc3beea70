import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { EvidenceItem } from "../../../evaluator-types";

export interface DetectedCni {
  /** e.g. "Cilium", "Flannel", "AWS VPC CNI". */
  name: string;
  /** `DaemonSet/<namespace>/<name>`. */
  workload: string;
  enforcesPolicies: boolean;
}

export interface CniDetection {
  cnis: DetectedCni[];
  /** enforced: a policy engine runs; not-enforced: only CNIs that ignore NetworkPolicies; unknown: none recognised or not read. */
  state: "enforced" | "not-enforced" | "unknown";
}

interface CniSignature {
  name: string;
  pattern: RegExp;
  /** Whether it enforces NetworkPolicies; a function when that depends on an optional agent beside it. */
  enforces: boolean | ((daemonSet: KubeWorkload) => boolean);
}

// The VPC CNI's node agent (aws-eks-nodeagent, image aws-network-policy-agent) enforces only when started with it enabled.
const hasAwsPolicyAgent = (daemonSet: KubeWorkload) =>
  daemonSet.containers.some(
    (container) =>
      /aws-eks-nodeagent|network-policy-agent/.test(`${container.name} ${container.image ?? ""}`) &&
      [...container.command, ...container.args].includes("--enable-network-policy=true"),
  );

// First match wins: Canal (Calico policy on Flannel) before Flannel; GKE Dataplane V2 (anetd) is Cilium.
const SIGNATURES: readonly CniSignature[] = [
  { name: "Cilium", pattern: /cilium|\banetd\b/, enforces: true },
  { name: "Canal", pattern: /\bcanal\b/, enforces: true },
  { name: "Calico", pattern: /calico/, enforces: true },
  { name: "Weave Net", pattern: /weave/, enforces: true },
  { name: "kube-router", pattern: /kube-router/, enforces: true },
  { name: "Antrea", pattern: /antrea/, enforces: true },
  { name: "Kube-OVN", pattern: /kube-ovn/, enforces: true },
  { name: "Azure NPM", pattern: /azure-npm/, enforces: true },
  { name: "AWS VPC CNI", pattern: /aws-node|amazon-k8s-cni/, enforces: hasAwsPolicyAgent },
  { name: "Azure CNI", pattern: /azure-cns|azure-vnet/, enforces: false },
  { name: "Flannel", pattern: /flannel/, enforces: false },
];

/**
 * The CNI(s) in use, recognised from DaemonSet names, container names and images (kube-system
 * and elsewhere), and whether NetworkPolicies are enforced at all: one enforcing engine suffices.
 */
export function detectCni({ workloads }: { workloads: readonly KubeWorkload[] | null }): CniDetection {
  if (!workloads) return { cnis: [], state: "unknown" };
  const cnis: DetectedCni[] = [];
  for (const daemonSet of workloads) {
    if (daemonSet.kind !== "DaemonSet") continue;
    const texts = [
      daemonSet.name,
      ...daemonSet.containers.flatMap((container) => [container.name, container.image ?? ""]),
    ];
    const signature = SIGNATURES.find((candidate) => texts.some((text) => candidate.pattern.test(text)));
    if (!signature) continue;
    const enforcesPolicies =
      typeof signature.enforces === "function" ? signature.enforces(daemonSet) : signature.enforces;
    cnis.push({
      name: signature.name,
      workload: `DaemonSet/${daemonSet.namespace}/${daemonSet.name}`,
      enforcesPolicies,
    });
  }
  const state = cnis.some((cni) => cni.enforcesPolicies) ? "enforced" : cnis.length > 0 ? "not-enforced" : "unknown";
  return { cnis, state };
}

export function describeCnis(detection: CniDetection): string {
  return detection.cnis.map((cni) => `${cni.name} (${cni.workload})`).join(", ");
}

export function cniEvidence(detection: CniDetection): EvidenceItem {
  return {
    source: "kubernetes.workloads[DaemonSet, CNI]",
    value: detection.cnis,
    note:
      detection.state === "enforced"
        ? "a CNI or policy engine that enforces NetworkPolicies runs"
        : detection.state === "not-enforced"
          ? "only CNIs that ignore NetworkPolicies run: the policies have no effect"
          : "no CNI recognised from the DaemonSets",
  };
}
