import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Icon } from "@/components/ui/icon";
import { canWaive, describeSubject, waiverHref } from "@/lib/client/findings/describe-finding";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { FindingView } from "@/lib/shared/finding-view";
import type { Role } from "@/lib/shared/roles";
import { FindingControls } from "./finding-controls";
import { FindingEvidence } from "./finding-evidence";
import { RemediationBlock } from "./remediation-block";
import { StatusBadge } from "./status-badge";
import styles from "./findings.module.css";

const PLATFORM_NAMES: Record<string, string> = { talos: "Talos", kubeadm: "kubeadm", managed: "Managed control plane" };

/** One finding: a summary line that opens to its message, subject, evidence, remediation and controls. */
export function FindingItem({
  finding,
  clusterId,
  platform,
  role,
  frameworkNames,
}: {
  finding: FindingView;
  clusterId: string;
  platform: string | null;
  role: Role;
  frameworkNames: ReadonlyMap<string, string>;
}) {
  const subject = describeSubject(finding.subject);
  const isWaived = finding.status === "WAIVED";
  const platformName = platform ? (PLATFORM_NAMES[platform] ?? platform) : null;
  return (
    <li className={styles.item} data-status={finding.status}>
      <details className={styles.details}>
        <summary className={styles.summary}>
          <svg
            className={styles.chevron}
            width={14}
            height={14}
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
          </svg>
          <span className={styles.summaryStatus}>
            <StatusBadge status={finding.status} />
          </span>
          <span className={styles.summaryMain}>
            <span className={styles.checkTitle}>{finding.checkTitle}</span>
            <span className={styles.summaryMeta}>
              <code className={styles.checkId}>{finding.checkId}</code>
              <span aria-hidden="true">·</span>
              <span>{subject}</span>
              {isWaived ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>underlying result {finding.rawStatus === "FAIL" ? "Fail" : finding.rawStatus}</span>
                </>
              ) : null}
            </span>
          </span>
          <span className={`${styles.severity} ${styles[`severity-${finding.severity}`] ?? ""}`}>
            {finding.severity}
          </span>
        </summary>
        <div className={styles.body}>
          <p className={styles.message}>{finding.message}</p>
          {isWaived ? (
            <Alert tone="info" title={`Waived — the underlying result is still ${finding.rawStatus}`}>
              An accepted risk covers this finding until its waiver expires or is revoked.{" "}
              <Link href="/waivers">Open the waiver register</Link>
            </Alert>
          ) : null}
          <dl className={styles.facts}>
            <div>
              <dt>Subject</dt>
              <dd>{subject}</dd>
            </div>
            <div>
              <dt>Result</dt>
              <dd>
                {isWaived ? (
                  <span className="row" style={{ gap: 6 }}>
                    <StatusBadge status="WAIVED" /> over <StatusBadge status={finding.rawStatus} />
                  </span>
                ) : (
                  <StatusBadge status={finding.status} />
                )}
              </dd>
            </div>
            <div>
              <dt>In this state since</dt>
              <dd>
                <time dateTime={finding.since}>{formatDateTime(finding.since)}</time>
              </dd>
            </div>
            <div>
              <dt>Severity</dt>
              <dd className={styles.capitalize}>{finding.severity}</dd>
            </div>
          </dl>
          <section className={styles.part} aria-label="Evidence">
            <h4 className={styles.partTitle}>Evidence</h4>
            <FindingEvidence evidence={finding.evidence} />
          </section>
          <section className={styles.part} aria-label="Remediation">
            <h4 className={styles.partTitle}>Remediation</h4>
            {finding.remediation.platform ? (
              <RemediationBlock title={`On ${platformName ?? "this platform"}`} text={finding.remediation.platform} />
            ) : null}
            {finding.remediation.kubernetes ? (
              <RemediationBlock title="Kubernetes (any platform)" text={finding.remediation.kubernetes} />
            ) : null}
            {!finding.remediation.platform && !finding.remediation.kubernetes ? (
              <p className="muted">No remediation is written for {platformName ?? "this platform"}.</p>
            ) : null}
          </section>
          <section className={styles.part} aria-label="Mapped controls">
            <h4 className={styles.partTitle}>Mapped controls</h4>
            <FindingControls clusterId={clusterId} controls={finding.controls} frameworkNames={frameworkNames} />
          </section>
          {canWaive(role, finding) ? (
            <div className={styles.actions}>
              <Link className="btn btn-sm" href={waiverHref({ clusterId, finding })}>
                <Icon name="waiver" size={14} />
                Waive…
              </Link>
              <span className="muted">Accept this risk for a limited time, with a justification.</span>
            </div>
          ) : null}
        </div>
      </details>
    </li>
  );
}
