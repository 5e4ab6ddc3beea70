import type { FindingStatusView } from "@/lib/shared/finding-view";
import type { NodeAttributeStatus } from "@/lib/shared/node-view";

export type StatusTone = "ok" | "warning" | "danger" | "neutral";

export interface StatusDescription {
  label: string;
  tone: StatusTone;
}

const STATUSES: Record<FindingStatusView, StatusDescription> = {
  PASS: { label: "Pass", tone: "ok" },
  FAIL: { label: "Fail", tone: "danger" },
  WARN: { label: "Review", tone: "warning" },
  UNKNOWN: { label: "Unknown", tone: "neutral" },
  NOT_APPLICABLE: { label: "Not applicable", tone: "neutral" },
  WAIVED: { label: "Waived", tone: "neutral" },
};

/** A verdict in words and a tone; the word carries the meaning, the tone is a second cue. */
export function describeStatus(status: FindingStatusView | NodeAttributeStatus): StatusDescription {
  return STATUSES[status];
}
