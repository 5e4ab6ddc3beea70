import { SECURE_BOOT_CHECK } from "@/lib/catalog/checks/node-checks";
import type { CheckEvaluator, EvidenceItem } from "../../evaluator-types";
import { describeUnreadable, errorEvidence, evaluateTalosNodes, type NodeVerdict } from "./evaluate-talos-nodes";
import type { TalosNodeTarget } from "./list-node-targets";

/**
 * node.secure-boot (SecurityState, reference §3.1): PASS when firmware Secure Boot is on and the
 * node booted a Talos UKI; WARN when Secure Boot is on but the boot was not a Talos UKI (the chain
 * is verified by something Lotse cannot judge); FAIL when Secure Boot is off or in setup mode;
 * NOT_APPLICABLE for Talos in a container (no firmware); UNKNOWN when SecurityState is unreadable.
 */
export const secureBootEvaluator: CheckEvaluator = {
  check: SECURE_BOOT_CHECK,
  evaluate: (context) =>
    evaluateTalosNodes({
      context,
      checkId: SECURE_BOOT_CHECK.id,
      notTalosReason: "the Secure Boot state is only readable through the Talos API (SecurityState)",
      evaluateNode: evaluateSecureBoot,
    }),
};

function evaluateSecureBoot(target: TalosNodeTarget): NodeVerdict {
  const { securityState, version } = target.talos;
  const platform = version.data?.platform ?? null;
  if (platform?.mode === "container") {
    return {
      status: "NOT_APPLICABLE",
      message: `${target.name} runs Talos in a container: there is no firmware to boot securely.`,
      evidence: [{ source: `${target.path}.version.platform.mode`, value: platform.mode }],
    };
  }
  if (!securityState.data) {
    return {
      status: "UNKNOWN",
      message: describeUnreadable(`The security state of ${target.name}`, securityState.errors),
      evidence: errorEvidence(securityState.errors),
    };
  }
  const { secureBoot, bootedWithUKI, pcrSigningKeyFingerprint } = securityState.data;
  const path = `${target.path}.securityState`;
  const isSecureBootImage = pcrSigningKeyFingerprint !== null;
  const evidence: EvidenceItem[] = [
    { source: `${path}.secureBoot`, value: secureBoot, note: "EFI SecureBoot on and not in setup mode" },
    { source: `${path}.bootedWithUKI`, value: bootedWithUKI },
    {
      source: `${path}.pcrSigningKeyFingerprint`,
      value: pcrSigningKeyFingerprint,
      note: isSecureBootImage
        ? "the UKI carries a PCR signing key: a Secure Boot image"
        : "absent: not a Secure Boot image",
    },
  ];
  if (secureBoot && bootedWithUKI) {
    return {
      status: "PASS",
      message: `${target.name} booted a Talos UKI with UEFI Secure Boot on.`,
      evidence,
    };
  }
  if (secureBoot) {
    return {
      status: "WARN",
      message: `UEFI Secure Boot is on for ${target.name}, but it did not boot a Talos UKI; check which boot chain the firmware verifies.`,
      evidence,
    };
  }
  return { status: "FAIL", message: describeInsecureBoot(target.name, bootedWithUKI, isSecureBootImage), evidence };
}

function describeInsecureBoot(name: string, bootedWithUKI: boolean, isSecureBootImage: boolean): string {
  if (isSecureBootImage) {
    return `${name} booted a Secure Boot UKI, but UEFI Secure Boot is off or in setup mode, so the firmware verifies nothing.`;
  }
  if (bootedWithUKI)
    return `${name} booted a Talos UKI without Secure Boot (not a Secure Boot image, Secure Boot off).`;
  return `${name} booted without a UKI and without UEFI Secure Boot.`;
}
