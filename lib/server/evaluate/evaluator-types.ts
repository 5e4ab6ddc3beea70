import type { CheckDefinition, FindingStatus, Platform } from "@/lib/catalog/catalog-types";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";

/** What a finding is about. `cluster` has no name beyond the cluster itself. */
export type FindingSubject =
  | { kind: "cluster" }
  | { kind: "node"; name: string }
  | { kind: "namespace"; name: string }
  | { kind: "object"; apiKind: string; name: string; namespace?: string };

/** One value a finding rests on, and where in the snapshot it came from. */
export interface EvidenceItem {
  /** A readable path, e.g. `talos.nodes[cp-01].staticPods[kube-apiserver].flags.anonymous-auth`. */
  source: string;
  /** The value as read (strings, numbers, booleans, small arrays/objects); null = absent. */
  value: unknown;
  /** Optional explanation, e.g. "Talos has no static pod manifests on disk (immutable rootfs)". */
  note?: string;
}

/** An evaluator's verdict for one subject. WAIVED is applied later, by waivers, never by evaluators. */
export interface CheckResult {
  checkId: string;
  subject: FindingSubject;
  status: Exclude<FindingStatus, "WAIVED">;
  /** One human sentence: what was found. */
  message: string;
  evidence: EvidenceItem[];
}

/** A client certificate Lotse uses for the cluster (from the registry, not the snapshot). */
export interface CredentialCertificate {
  kind: "kubernetes" | "talos";
  subject: string;
  /** ISO date. */
  notAfter: string;
}

export interface EvaluationContext {
  snapshot: StoredSnapshot;
  platform: Platform;
  /** The cluster's registered client certificates (token credentials have none). */
  credentials: CredentialCertificate[];
  /** "Now" for age-based rules (backup age, certificate expiry); tests pass a fixed date. */
  now: Date;
}

/**
 * One module per check: a pure function of the snapshot (no I/O, no clock but `context.now`).
 * Rules: missing data (`data: null`) → UNKNOWN with the collection error as evidence; incomplete
 * data may FAIL on what is there but never PASS from an absence; a platform where the check
 * cannot be assessed → NOT_APPLICABLE with the reason.
 */
export interface CheckEvaluator {
  check: CheckDefinition;
  evaluate: (context: EvaluationContext) => CheckResult[];
}
