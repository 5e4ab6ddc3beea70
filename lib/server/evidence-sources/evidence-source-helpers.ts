import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { EvidenceSourceHealth } from "@/lib/shared/evidence-source-view";

export const MAX_OBJECTS = 5;

export const feed = (check: CheckDefinition) => ({ checkId: check.id, title: check.title });

/** A check verdict as a tool's health: PASS healthy, WARN degraded, FAIL failing, else unknown. */
export const healthOf = (status: string): EvidenceSourceHealth =>
  status === "PASS" ? "healthy" : status === "WARN" ? "degraded" : status === "FAIL" ? "failing" : "unknown";
