import type { FindingStatus } from "@/lib/catalog/catalog-types";
import type { CheckResult } from "./evaluator-types";
import { subjectNamespace } from "./subject-key";

export interface ActiveWaiver {
  id: string;
  checkId: string;
  /** null: every cluster. */
  clusterId: string | null;
  namespace: string | null;
  node: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface WaivedResult {
  result: CheckResult;
  /** WAIVED when a waiver covers a FAIL; otherwise the evaluator's status. */
  status: FindingStatus;
  waiverId: string | null;
}

function covers(waiver: ActiveWaiver, result: CheckResult, clusterId: string, now: Date): boolean {
  if (waiver.revokedAt || waiver.expiresAt.getTime() <= now.getTime()) return false;
  if (waiver.checkId !== result.checkId) return false;
  if (waiver.clusterId !== null && waiver.clusterId !== clusterId) return false;
  if (waiver.namespace !== null && subjectNamespace(result.subject) !== waiver.namespace) return false;
  if (waiver.node !== null && !(result.subject.kind === "node" && result.subject.name === waiver.node)) return false;
  return true;
}

/**
 * Only a FAIL can be waived (accepted risk); PASS, WARN, UNKNOWN and NOT_APPLICABLE stay as they
 * are. An expired or revoked waiver no longer applies. The first covering waiver, by id, is cited.
 */
export function applyWaivers({
  results,
  waivers,
  clusterId,
  now,
}: {
  results: CheckResult[];
  waivers: ActiveWaiver[];
  clusterId: string;
  now: Date;
}): WaivedResult[] {
  const sorted = [...waivers].sort((a, b) => a.id.localeCompare(b.id));
  return results.map((result) => {
    if (result.status !== "FAIL") return { result, status: result.status, waiverId: null };
    const waiver = sorted.find((candidate) => covers(candidate, result, clusterId, now));
    return waiver ? { result, status: "WAIVED", waiverId: waiver.id } : { result, status: "FAIL", waiverId: null };
  });
}
