import { createHash } from "node:crypto";
import { toCanonicalJson } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CredentialCertificate } from "@/lib/server/evaluate/evaluator-types";

/**
 * SHA-256 over everything an evaluation depends on besides the clock: the snapshot, the catalog
 * version, the waivers in force (their ids and expiries) and the credential certificates the
 * certificate checks judge. Two evaluations with the same hash can only differ in verdicts that
 * depend on time (backup age, support windows, certificate expiry).
 */
export function hashEvaluationInput({
  snapshotHash,
  catalogVersion,
  waivers,
  credentials,
}: {
  snapshotHash: string;
  catalogVersion: string;
  waivers: readonly { id: string; expiresAt: Date }[];
  credentials: readonly CredentialCertificate[];
}): string {
  const input = {
    snapshotHash,
    catalogVersion,
    waivers: waivers.map((waiver) => `${waiver.id}@${waiver.expiresAt.toISOString()}`).sort(),
    credentials: credentials.map((credential) => ({ ...credential })),
  };
  return createHash("sha256").update(toCanonicalJson(input)).digest("hex");
}
