import { describePackStatus } from "@/lib/client/evidence/describe-evidence";
import type { EvidencePackStatus } from "@/lib/shared/evidence-pack-view";

const CLASS_BY_TONE = { info: "badge badge-accent", ok: "badge badge-ok", danger: "badge badge-danger" } as const;

export function PackStatusBadge({ status }: { status: EvidencePackStatus }) {
  const { label, tone } = describePackStatus({ status, error: null });
  return <span className={CLASS_BY_TONE[tone]}>{label}</span>;
}
