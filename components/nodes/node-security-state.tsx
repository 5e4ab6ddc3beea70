import type { NodeAttributeStatus, NodeSecurityStateView } from "@/lib/shared/node-view";
import { StatusMark } from "./status-mark";
import styles from "./nodes.module.css";

interface Fact {
  term: string;
  value: string;
  status: NodeAttributeStatus | null;
  note?: string;
}

function describeFacts(state: NodeSecurityStateView): Fact[] {
  return [
    {
      term: "Secure Boot",
      value: state.secureBoot ? "on" : "off",
      status: state.secureBoot ? "PASS" : "FAIL",
      note: state.secureBoot
        ? "UEFI Secure Boot on, not in setup mode"
        : "off or in setup mode: the firmware verifies nothing",
    },
    {
      term: "Booted with UKI",
      value: state.bootedWithUKI ? "yes" : "no",
      status: null,
      note: state.pcrSigningKeyFingerprint
        ? "a Secure Boot image (PCR signing key present)"
        : "no PCR signing key: not a Secure Boot image",
    },
    {
      term: "SELinux",
      value: state.selinux,
      status: state.selinux === "enforcing" ? "PASS" : state.selinux === "unknown" ? "UNKNOWN" : "FAIL",
      note: state.selinux === "permissive" ? "violations are logged, not denied (enforcing=1 is missing)" : undefined,
    },
    { term: "FIPS mode", value: state.fips, status: null },
    {
      term: "Module signatures",
      value:
        state.moduleSignatureEnforced === null
          ? "not reported (Talos before v1.12)"
          : state.moduleSignatureEnforced
            ? "enforced"
            : "not enforced",
      status: state.moduleSignatureEnforced === null ? "UNKNOWN" : state.moduleSignatureEnforced ? "PASS" : "FAIL",
      note: "module.sig_enforce=1: only signed kernel modules load",
    },
  ];
}

/** SecurityState as Talos reports it (reference §3.1), each fact with its verdict where there is one. */
export function NodeSecurityState({ state }: { state: NodeSecurityStateView }) {
  return (
    <div className="card-body">
      <dl className="dl">
        {describeFacts(state).map((fact) => (
          <div key={fact.term} style={{ display: "contents" }}>
            <dt>{fact.term}</dt>
            <dd>
              <span className="row" style={{ gap: 10 }}>
                <strong>{fact.value}</strong>
                {fact.status ? <StatusMark status={fact.status} /> : null}
                {fact.note ? <span className={styles.note}>{fact.note}</span> : null}
              </span>
            </dd>
          </div>
        ))}
        <div style={{ display: "contents" }}>
          <dt>PCR signing key</dt>
          <dd className={styles.fingerprint}>
            {state.pcrSigningKeyFingerprint ?? <span className="muted">none</span>}
          </dd>
        </div>
        <div style={{ display: "contents" }}>
          <dt>UKI signing key</dt>
          <dd className={styles.fingerprint}>
            {state.ukiSigningKeyFingerprint ?? <span className="muted">not reported (Talos does not set it)</span>}
          </dd>
        </div>
      </dl>
    </div>
  );
}
