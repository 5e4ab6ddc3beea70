import type { ControlStatusView } from "@/lib/shared/framework-view";

/** Every status a finding, check, control or matrix cell can show, plus "not evaluated". */
export type DisplayStatus = ControlStatusView | "NOT_EVALUATED";

export type StatusTone = "fail" | "unknown" | "warn" | "waived" | "pass" | "na" | "none";

export interface StatusDisplay {
  /** Shown in badges and legends. */
  label: string;
  /** One or two characters for the compact matrix cell (with the icon, never colour alone). */
  short: string;
  tone: StatusTone;
  /** What it means, for tooltips and the legend. */
  meaning: string;
}

export const STATUS_DISPLAY: Record<DisplayStatus, StatusDisplay> = {
  FAIL: { label: "Fail", short: "F", tone: "fail", meaning: "At least one mapped check fails." },
  UNKNOWN: {
    label: "Unknown",
    short: "?",
    tone: "unknown",
    meaning: "Nothing fails, but some data could not be read or was not evaluated: not a pass.",
  },
  WARN: { label: "Warn", short: "!", tone: "warn", meaning: "Needs human review (a manual control or a heuristic)." },
  WAIVED: {
    label: "Waived",
    short: "W",
    tone: "waived",
    meaning: "Fails, under a waiver in force: accepted risk, not a pass.",
  },
  PASS: { label: "Pass", short: "P", tone: "pass", meaning: "Every mapped check passes, with evidence." },
  NOT_APPLICABLE: { label: "N/A", short: "–", tone: "na", meaning: "Not applicable on this platform." },
  UNASSESSED: { label: "Unassessed", short: "·", tone: "none", meaning: "No Lotse check covers this control." },
  NOT_EVALUATED: { label: "Not evaluated", short: "", tone: "none", meaning: "The cluster has no evaluation yet." },
};

/** Most severe first, the order statuses are listed and filtered in. */
export const CONTROL_STATUS_ORDER: readonly ControlStatusView[] = [
  "FAIL",
  "UNKNOWN",
  "WARN",
  "WAIVED",
  "PASS",
  "NOT_APPLICABLE",
  "UNASSESSED",
];

export function displayOf(status: ControlStatusView | null): StatusDisplay {
  return STATUS_DISPLAY[status ?? "NOT_EVALUATED"];
}
