import type { Role } from "@/lib/shared/roles";
import { FINDING_STATUS_ORDER, type FindingStatusView, type FindingView } from "@/lib/shared/finding-view";

/** What a finding is about, in words: "Cluster", "Node cp-01", "Namespace payments", "Deployment payments/api". */
export function describeSubject(subject: FindingView["subject"]): string {
  switch (subject.kind) {
    case "cluster":
      return "Cluster";
    case "node":
      return `Node ${subject.name ?? "?"}`;
    case "namespace":
      return `Namespace ${subject.name ?? "?"}`;
    default: {
      const name = subject.namespace ? `${subject.namespace}/${subject.name ?? "?"}` : (subject.name ?? "?");
      return `${subject.apiKind ?? subject.kind} ${name}`;
    }
  }
}

/** The namespace a finding's subject lives in, if any. */
export function subjectNamespace(subject: FindingView["subject"]): string | null {
  if (subject.kind === "namespace") return subject.name ?? null;
  return subject.namespace ?? null;
}

/** Only engineers and admins accept risks, and only a current FAIL can be waived. */
export function canWaive(role: Role, finding: Pick<FindingView, "status">): boolean {
  return (role === "admin" || role === "engineer") && finding.status === "FAIL";
}

/** The waiver register, asked to prefill a waiver for this finding's check and subject. */
export function waiverHref({
  clusterId,
  finding,
}: {
  clusterId: string;
  finding: Pick<FindingView, "checkId" | "subject">;
}): string {
  const params = new URLSearchParams({
    check: finding.checkId,
    cluster: clusterId,
    namespace: subjectNamespace(finding.subject) ?? "",
    node: finding.subject.kind === "node" ? (finding.subject.name ?? "") : "",
  });
  return `/waivers?${params.toString()}`;
}

/** An evidence value as text: strings as they are, absent values said so, the rest as compact JSON. */
export function formatEvidenceValue(value: unknown): string {
  if (value === null || value === undefined) return "absent";
  if (typeof value === "string") return value === "" ? '""' : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value, null, Array.isArray(value) && value.length <= 6 ? undefined : 2);
}

export interface FindingFacets {
  total: number;
  byStatus: Partial<Record<FindingStatusView, number>>;
  checks: { id: string; title: string; count: number }[];
  namespaces: string[];
}

/** What the filters can offer for a list of findings: status counts, the checks and namespaces present. */
export function findingFacets(items: readonly FindingView[]): FindingFacets {
  const byStatus: FindingFacets["byStatus"] = {};
  const checks = new Map<string, { id: string; title: string; count: number }>();
  const namespaces = new Set<string>();
  for (const item of items) {
    byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    const check = checks.get(item.checkId);
    if (check) check.count++;
    else checks.set(item.checkId, { id: item.checkId, title: item.checkTitle, count: 1 });
    const namespace = subjectNamespace(item.subject);
    if (namespace) namespaces.add(namespace);
  }
  return {
    total: items.length,
    byStatus,
    checks: [...checks.values()].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true })),
    namespaces: [...namespaces].sort(),
  };
}

/** A stable key for a finding within a cluster's list (check and subject). */
export function findingKey(finding: Pick<FindingView, "checkId" | "subject">): string {
  const { kind, apiKind, namespace, name } = finding.subject;
  return [finding.checkId, kind, apiKind ?? "", namespace ?? "", name ?? ""].join("/");
}

/** Counts in severity order, zeros left out: "3 fail · 2 unknown · 40 pass". */
export function describeStatusCounts(byStatus: Partial<Record<FindingStatusView, number>>): string {
  return FINDING_STATUS_ORDER.filter((status) => byStatus[status])
    .map((status) => `${byStatus[status]} ${STATUS_WORDS[status]}`)
    .join(" · ");
}

const STATUS_WORDS: Record<FindingStatusView, string> = {
  FAIL: "fail",
  UNKNOWN: "unknown",
  WARN: "warn",
  WAIVED: "waived",
  PASS: "pass",
  NOT_APPLICABLE: "not applicable",
};
