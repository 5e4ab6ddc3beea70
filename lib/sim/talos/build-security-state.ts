import type { TalosSecurityStateSpec } from "./talos-node-state";
import { isTalosAtLeast, type TalosVersion } from "./talos-version";

/**
 * The SecurityState spec (reference §3.1) with Talos' omitempty rules: false booleans, disabled
 * SELinux/FIPS and the never-set UKI signing fingerprint are left out; `secureBoot` always stays.
 * `moduleSignatureEnforced` exists since v1.12.
 */
export function buildSecurityState({
  version,
  secureBoot,
  bootedWithUKI,
  selinux,
  moduleSignatureEnforced,
  pcrSigningKeyFingerprint,
}: {
  version: TalosVersion;
  secureBoot: boolean;
  bootedWithUKI: boolean;
  selinux: "disabled" | "permissive" | "enforcing";
  moduleSignatureEnforced: boolean;
  /** SHA-256 of the UKI's PCR public key, `AA:BB:…`; only Secure Boot images carry one. */
  pcrSigningKeyFingerprint?: string;
}): TalosSecurityStateSpec {
  const spec: TalosSecurityStateSpec = { secureBoot };
  if (pcrSigningKeyFingerprint) spec.pcrSigningKeyFingerprint = pcrSigningKeyFingerprint;
  if (selinux !== "disabled")
    spec.selinuxState = selinux === "enforcing" ? "enabled, enforcing" : "enabled, permissive";
  if (bootedWithUKI) spec.bootedWithUKI = true;
  if (moduleSignatureEnforced && isTalosAtLeast(version, 12)) spec.moduleSignatureEnforced = true;
  return spec;
}

/** Formats bytes as Talos prints fingerprints: upper-case hex pairs joined by `:`. */
export function formatFingerprint(bytes: Buffer): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0").toUpperCase()).join(":");
}
