import { VERSIONS_CHECK } from "@/lib/catalog/checks/seed/versions";
import type { CheckEvaluator, EvaluationContext, EvidenceItem } from "../../evaluator-types";
import { describeList, errorEvidence } from "../cis/support/cis-verdict";
import { listNodeTargets } from "../node/list-node-targets";
import { readNodeTalosVersion } from "../node/read-node-talos-version";
import { worstStatus, type ResultStatus } from "./support/combine-statuses";
import { parseKubernetesVersion, type KubernetesRelease } from "./support/parse-kubernetes-version";
import {
  endOfDay,
  KUBERNETES_SUPPORT,
  KUBERNETES_SUPPORT_SOURCE,
  startOfDay,
  TALOS_RELEASES,
  TALOS_SUPPORT_SOURCE,
} from "./support/version-support-tables";

const check = VERSIONS_CHECK;

/** Kubelets may be up to three minors older than kube-apiserver, never newer (version skew policy, 1.28+). */
const MAX_KUBELET_LAG = 3;

interface Part {
  status: ResultStatus;
  clause: string;
  evidence: EvidenceItem[];
}

/**
 * seed.versions: one cluster finding, the worst of three parts (FAIL > WARN > UNKNOWN > PASS).
 * - Kubernetes (API server /version) against KUBERNETES_SUPPORT and `context.now`: past end of life →
 *   FAIL (WARN on managed platforms, whose provider may sell extended support); in maintenance mode →
 *   WARN; else PASS. A minor newer than the table is PASS, older than it FAIL.
 * - Talos (each node's Version tag, Talos clusters only) against TALOS_RELEASES: the newest released
 *   minor → PASS; one minor behind (community support ended with the successor's release) → WARN;
 *   two or more → FAIL; nodes on different Talos releases → WARN; a node whose version is unknown
 *   keeps the part from PASS.
 * - Skew: every kubelet on the API server's minor → PASS; one to three minors older (allowed, but
 *   lagging) → WARN; newer than the API server or more than three minors older → FAIL.
 * Patch currency is not judged (Lotse has no table of patch releases).
 */
export const versionsEvaluator: CheckEvaluator = {
  check,
  evaluate: (context) => {
    const apiServer = parseKubernetesVersion(context.snapshot.kubernetes.version.data?.gitVersion ?? null);
    const parts = [judgeKubernetes(context, apiServer), judgeKubelets(context, apiServer)];
    if (context.platform === "talos") parts.splice(1, 0, judgeTalos(context));
    const [first, ...rest] = parts.map((part) => part.clause);
    return [
      {
        checkId: check.id,
        subject: { kind: "cluster" },
        status: worstStatus(parts.map((part) => part.status)),
        message: `${capitalize(first ?? "")}${rest.map((clause) => `; ${clause}`).join("")}.`,
        evidence: parts.flatMap((part) => part.evidence),
      },
    ];
  },
};

function judgeKubernetes(context: EvaluationContext, release: KubernetesRelease | null): Part {
  const { version } = context.snapshot.kubernetes;
  if (!version.data || !release) {
    return {
      status: "UNKNOWN",
      clause: "the Kubernetes version could not be read",
      evidence: version.data
        ? [{ source: "kubernetes.version.gitVersion", value: version.data.gitVersion, note: "not vMAJOR.MINOR.PATCH" }]
        : errorEvidence(version.errors),
    };
  }
  const versionItem: EvidenceItem = { source: "kubernetes.version.gitVersion", value: release.tag };
  const name = `Kubernetes ${release.tag}`;
  const first = KUBERNETES_SUPPORT[0];
  const last = KUBERNETES_SUPPORT.at(-1);
  const row = KUBERNETES_SUPPORT.find((candidate) => candidate.minor === release.minor && release.major === 1);
  if (!row) {
    const isNewer = release.major > 1 || (last !== undefined && release.minor > last.minor);
    const tableItem = { source: "lotse.kubernetesSupport", value: null, note: KUBERNETES_SUPPORT_SOURCE };
    return isNewer
      ? { status: "PASS", clause: `${name} is newer than Lotse's support table`, evidence: [versionItem, tableItem] }
      : {
          status: "FAIL",
          clause: `${name} reached its end of life before ${first?.endOfLife ?? "the table's first entry"}`,
          evidence: [versionItem, tableItem],
        };
  }
  const evidence = [
    versionItem,
    { source: `lotse.kubernetesSupport[1.${row.minor}]`, value: row, note: KUBERNETES_SUPPORT_SOURCE },
  ];
  if (context.now > endOfDay(row.endOfLife)) {
    return context.platform === "managed"
      ? {
          status: "WARN",
          clause: `${name} passed its upstream end of life on ${row.endOfLife}, so confirm the provider's extended support or upgrade`,
          evidence,
        }
      : { status: "FAIL", clause: `${name} passed its end of life on ${row.endOfLife}`, evidence };
  }
  if (context.now >= startOfDay(row.maintenanceFrom)) {
    return {
      status: "WARN",
      clause: `${name} is in maintenance mode and reaches its end of life on ${row.endOfLife}`,
      evidence,
    };
  }
  return { status: "PASS", clause: `${name} is supported until ${row.endOfLife}`, evidence };
}

function judgeTalos(context: EvaluationContext): Part {
  const { targets, errors } = listNodeTargets(context);
  const talosTargets = targets.filter((target) => target.kind === "talos" || target.kube.isTalos);
  const entries = talosTargets.map((target) => ({ target, version: readNodeTalosVersion(target) }));
  const summary: EvidenceItem = {
    source: "talos.nodes[*].version.tag",
    value: Object.fromEntries(entries.map(({ target, version }) => [target.name, version?.release.tag ?? null])),
    note: "Talos release per node (Talos Version API, else the Kubernetes OS image); null: unknown",
  };
  const known = entries.flatMap(({ version }) => (version ? [version.release] : []));
  if (known.length === 0) {
    const versionErrors = talosTargets.flatMap((target) =>
      target.kind === "talos" ? target.talos.version.errors : [],
    );
    return {
      status: "UNKNOWN",
      clause: "the Talos version of the nodes could not be read",
      evidence: [summary, ...errorEvidence([...errors, ...versionErrors])],
    };
  }
  const oldest = known.reduce((min, release) =>
    release.major < min.major || (release.major === min.major && release.minor < min.minor) ? release : min,
  );
  const support = judgeTalosMinor(context.now, oldest.major, oldest.minor, oldest.tag);
  const tags = [...new Set(known.map((release) => release.tag))];
  const statuses: ResultStatus[] = [support.status];
  const clauses = [support.clause];
  if (tags.length > 1) {
    statuses.push("WARN");
    clauses.push(`the nodes run different Talos releases (${tags.join(", ")}), so finish the upgrade`);
  }
  const unknownCount = entries.length - known.length;
  if (unknownCount > 0) {
    statuses.push("UNKNOWN");
    clauses.push(`the Talos version of ${unknownCount} node(s) is unknown`);
  }
  return { status: worstStatus(statuses), clause: clauses.join(", and "), evidence: [summary, ...support.evidence] };
}

function judgeTalosMinor(now: Date, major: number, minor: number, tag: string): Part {
  const released = TALOS_RELEASES.filter((release) => startOfDay(release.releasedOn) <= now);
  const newest = released.at(-1);
  const row = TALOS_RELEASES.find((release) => release.minor === minor);
  const evidence: EvidenceItem[] = [
    { source: "lotse.talosReleases", value: TALOS_RELEASES, note: TALOS_SUPPORT_SOURCE },
  ];
  const name = `Talos ${tag}`;
  if (major !== 1 || !newest || minor >= newest.minor) {
    return { status: "PASS", clause: `${name} is on the current Talos minor`, evidence };
  }
  const successor = TALOS_RELEASES.find((release) => release.minor === minor + 1);
  const since = successor
    ? ` since v1.${successor.minor} was released on ${successor.releasedOn}${successor.isPlannedDate ? " (the support matrix's planned date)" : ""}`
    : "";
  if (!row && minor < (TALOS_RELEASES[0]?.minor ?? 0)) {
    return { status: "FAIL", clause: `${name} is older than every supported Talos minor`, evidence };
  }
  if (newest.minor - minor === 1) {
    return {
      status: "WARN",
      clause: `${name} is one minor behind and out of community support${since}, so upgrade to v1.${newest.minor}`,
      evidence,
    };
  }
  return {
    status: "FAIL",
    clause: `${name} is ${newest.minor - minor} minors behind v1.${newest.minor} and out of community support${since}`,
    evidence,
  };
}

function judgeKubelets(context: EvaluationContext, apiServer: KubernetesRelease | null): Part {
  const { nodes } = context.snapshot.kubernetes;
  if (!nodes.data) {
    return {
      status: "UNKNOWN",
      clause: "the kubelet versions could not be read",
      evidence: errorEvidence(nodes.errors),
    };
  }
  const summary: EvidenceItem = {
    source: "kubernetes.nodes[*].kubeletVersion",
    value: Object.fromEntries(nodes.data.map((node) => [node.name, node.kubeletVersion])),
  };
  if (!apiServer) {
    return {
      status: "UNKNOWN",
      clause: "kubelet skew cannot be judged without the API server version",
      evidence: [summary],
    };
  }
  const newer: string[] = [];
  const tooOld: string[] = [];
  const lagging: string[] = [];
  const unknown: string[] = [];
  for (const node of nodes.data) {
    const kubelet = parseKubernetesVersion(node.kubeletVersion);
    if (!kubelet) unknown.push(node.name);
    else if (kubelet.minor > apiServer.minor) newer.push(`${node.name} (${kubelet.tag})`);
    else if (apiServer.minor - kubelet.minor > MAX_KUBELET_LAG) tooOld.push(`${node.name} (${kubelet.tag})`);
    else if (kubelet.minor < apiServer.minor) lagging.push(`${node.name} (${kubelet.tag})`);
  }
  const evidence = [summary, ...errorEvidence(nodes.errors)];
  const versus = `the API server's 1.${apiServer.minor}`;
  if (newer.length > 0 || tooOld.length > 0) {
    const clauses = [
      ...(newer.length > 0 ? [`${describeList(newer)} run a kubelet newer than ${versus}`] : []),
      ...(tooOld.length > 0 ? [`${describeList(tooOld)} run a kubelet more than three minors behind it`] : []),
    ];
    return { status: "FAIL", clause: `${clauses.join(" and ")}, outside the supported skew`, evidence };
  }
  if (lagging.length > 0) {
    return {
      status: "WARN",
      clause: `${describeList(lagging)} run an older kubelet than ${versus} (allowed skew, but upgrade them)`,
      evidence,
    };
  }
  if (unknown.length > 0 || nodes.errors.length > 0) {
    return {
      status: "UNKNOWN",
      clause: `the kubelet version of ${unknown.length > 0 ? describeList(unknown) : "some nodes"} is unknown`,
      evidence,
    };
  }
  return {
    status: "PASS",
    clause: `${nodes.data.length === 1 ? "the only kubelet runs" : nodes.data.length === 2 ? "both kubelets run" : `all ${nodes.data.length} kubelets run`} ${versus}`,
    evidence,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
