import { CREDENTIAL_EXPIRY_CHECK, CREDENTIAL_EXPIRY_WARN_DAYS } from "@/lib/catalog/checks/credential-checks";
import type { CheckEvaluator, CheckResult, CredentialCertificate, EvidenceItem } from "../../evaluator-types";

const DAY_MS = 86_400_000;

type CertificateStatus = "PASS" | "WARN" | "FAIL" | "UNKNOWN";

/** Which status the cluster's finding takes when certificates differ: the most urgent one. */
const PRECEDENCE: readonly CertificateStatus[] = ["FAIL", "WARN", "UNKNOWN", "PASS"];

interface Judgement {
  status: CertificateStatus;
  /** "talos certificate "os:reader" expired on 2026-10-01 (53 days ago)" */
  phrase: string;
  evidence: EvidenceItem;
}

/**
 * credential.expiry, one finding for the cluster over its registered client certificates
 * (`context.credentials`): expired (now after notAfter) → FAIL; expiring within
 * CREDENTIAL_EXPIRY_WARN_DAYS → WARN; later → PASS; an unreadable notAfter → UNKNOWN. The finding
 * takes the most urgent status (FAIL, WARN, UNKNOWN, PASS) and cites every certificate. No
 * certificate (token credentials) → NOT_APPLICABLE.
 */
export const credentialExpiryEvaluator: CheckEvaluator = {
  check: CREDENTIAL_EXPIRY_CHECK,
  evaluate: ({ credentials, now }) => [evaluateCredentialExpiry({ credentials, now })],
};

function evaluateCredentialExpiry({
  credentials,
  now,
}: {
  credentials: readonly CredentialCertificate[];
  now: Date;
}): CheckResult {
  const base = { checkId: CREDENTIAL_EXPIRY_CHECK.id, subject: { kind: "cluster" as const } };
  if (credentials.length === 0) {
    return {
      ...base,
      status: "NOT_APPLICABLE",
      message:
        "No client certificate is registered for this cluster: its credentials are tokens, whose lifetime Lotse cannot see.",
      evidence: [{ source: "credentials", value: [], note: "no client certificate registered" }],
    };
  }
  const judgements = credentials.map((credential) => judgeCertificate(credential, now));
  const status =
    PRECEDENCE.find((candidate) => judgements.some((judgement) => judgement.status === candidate)) ?? "UNKNOWN";
  const urgent = judgements.filter((judgement) => judgement.status === status);
  const rest = judgements.filter((judgement) => judgement.status !== status);
  const lead: Record<CertificateStatus, string> = {
    FAIL: "Expired",
    WARN: `Expiring within ${CREDENTIAL_EXPIRY_WARN_DAYS} days`,
    UNKNOWN: "Expiry unknown",
    PASS: `Valid for more than ${CREDENTIAL_EXPIRY_WARN_DAYS} days`,
  };
  const others = rest.length > 0 ? ` Also: ${rest.map((judgement) => judgement.phrase).join("; ")}.` : "";
  return {
    ...base,
    status,
    message: `${lead[status]}: ${urgent.map((judgement) => judgement.phrase).join("; ")}.${others}`,
    evidence: judgements.map((judgement) => judgement.evidence),
  };
}

function judgeCertificate(credential: CredentialCertificate, now: Date): Judgement {
  const { kind, subject, notAfter } = credential;
  const evidence = { source: `credentials[${kind}/${subject}]`, value: { kind, subject, notAfter } };
  const name = `${kind} certificate "${subject}"`;
  const end = Date.parse(notAfter);
  if (Number.isNaN(end)) {
    return {
      status: "UNKNOWN",
      phrase: `${name} has an unreadable notAfter "${notAfter}"`,
      evidence: { ...evidence, note: "notAfter is not a date" },
    };
  }
  const left = end - now.getTime();
  const date = new Date(end).toISOString().slice(0, 10);
  if (left < 0) {
    const ago = `${describeDays(-left)} ago`;
    return {
      status: "FAIL",
      phrase: `${name} expired on ${date} (${ago})`,
      evidence: { ...evidence, note: `expired ${ago}` },
    };
  }
  const remaining = `${describeDays(left)} left`;
  const status = left <= CREDENTIAL_EXPIRY_WARN_DAYS * DAY_MS ? "WARN" : "PASS";
  const verb = status === "WARN" ? "expires on" : "is valid until";
  return { status, phrase: `${name} ${verb} ${date} (${remaining})`, evidence: { ...evidence, note: remaining } };
}

function describeDays(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days === 0) return "less than a day";
  return days === 1 ? "1 day" : `${days} days`;
}
