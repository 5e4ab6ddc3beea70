import { z } from "zod";
import type { TalosSecurityState } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawBoolean, rawString } from "./talos-raw-schemas";

const schema = z.object({
  secureBoot: rawBoolean,
  ukiSigningKeyFingerprint: rawString,
  pcrSigningKeyFingerprint: rawString,
  selinuxState: rawString,
  bootedWithUKI: rawBoolean,
  fipsState: rawString,
  moduleSignatureEnforced: rawBoolean,
});

const SELINUX: Record<string, TalosSecurityState["selinux"]> = {
  disabled: "disabled",
  "enabled, permissive": "permissive",
  "enabled, enforcing": "enforcing",
};
const FIPS: Record<string, TalosSecurityState["fips"]> = {
  disabled: "disabled",
  enabled: "enabled",
  "enabled, strict": "strict",
};

/**
 * SecurityState (reference §3.1). Talos omits false booleans and disabled states, so an absent
 * field is false/disabled, except `moduleSignatureEnforced` before v1.12, where it did not exist
 * (null: unknown; the kernel command line still tells).
 */
export function mapTalosSecurityState({ spec, minor }: { spec: unknown; minor: number | null }): TalosSecurityState {
  const parsed = parseTalosSpec({ schema, value: spec, what: "SecurityState" });
  const hasModuleField = minor !== null && minor >= 12;
  return {
    secureBoot: parsed.secureBoot ?? false,
    bootedWithUKI: parsed.bootedWithUKI ?? false,
    selinux: SELINUX[parsed.selinuxState ?? "disabled"] ?? "unknown",
    fips: FIPS[parsed.fipsState ?? "disabled"] ?? "unknown",
    moduleSignatureEnforced: parsed.moduleSignatureEnforced === true ? true : hasModuleField ? false : null,
    pcrSigningKeyFingerprint: parsed.pcrSigningKeyFingerprint || null,
    ukiSigningKeyFingerprint: parsed.ukiSigningKeyFingerprint || null,
  };
}
