import type { DisplayStatus } from "@/lib/client/frameworks/status-display";

// One shape per status, so a status never depends on colour alone (also in print and for colour blindness).
const PATHS: Record<DisplayStatus, string> = {
  FAIL: "M7 7l10 10M17 7 7 17",
  PASS: "M5 12.5l4.5 4.5L19 7.5",
  UNKNOWN: "M9.2 9.3a2.9 2.9 0 1 1 4.2 2.6c-.9.5-1.4 1.1-1.4 2.1v.5M12 17.8h.01",
  WARN: "M12 6v8M12 18h.01",
  WAIVED: "M12 4 6 6.2v5c0 3.8 2.6 6.9 6 8.3 3.4-1.4 6-4.5 6-8.3v-5z",
  NOT_APPLICABLE: "M7 12h10",
  UNASSESSED: "M12 12h.01",
  NOT_EVALUATED: "",
};

export function StatusIcon({ status, size = 14 }: { status: DisplayStatus; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={status === "UNASSESSED" ? 5 : 2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[status] ? <path d={PATHS[status]} /> : null}
    </svg>
  );
}
