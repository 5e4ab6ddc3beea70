import { Icon } from "@/components/ui/icon";
import { describeStatus, type StatusTone } from "@/lib/client/nodes/describe-status";
import type { FindingStatusView } from "@/lib/shared/finding-view";
import type { NodeAttributeStatus } from "@/lib/shared/node-view";
import styles from "./nodes.module.css";

export const TONE_CLASSES: Record<StatusTone, string> = {
  ok: styles.toneOk!,
  warning: styles.toneWarning!,
  danger: styles.toneDanger!,
  neutral: styles.toneNeutral!,
};

const BADGE_CLASSES: Record<StatusTone, string> = {
  ok: "badge badge-ok",
  warning: "badge badge-warning",
  danger: "badge badge-danger",
  neutral: "badge",
};

const ICONS = { ok: "check", warning: "warning", danger: "error", neutral: "info" } as const;

/** A verdict as a pill: the word first, colour and icon as second cues. */
export function StatusBadge({ status }: { status: FindingStatusView | NodeAttributeStatus }) {
  const { label, tone } = describeStatus(status);
  return (
    <span className={BADGE_CLASSES[tone]}>
      <Icon name={ICONS[tone]} size={12} />
      {label}
    </span>
  );
}

/** A verdict inside dense tables: icon and word (or `label`, e.g. "healthy") in the tone's colour. */
export function StatusMark({
  status,
  label: ownLabel,
}: {
  status: FindingStatusView | NodeAttributeStatus;
  label?: string;
}) {
  const { label: statusLabel, tone } = describeStatus(status);
  const label = ownLabel ?? statusLabel;
  return (
    <span className={`${styles.mark} ${TONE_CLASSES[tone]}`}>
      <Icon name={ICONS[tone]} size={13} />
      {label}
    </span>
  );
}
