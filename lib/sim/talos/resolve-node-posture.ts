import type { TalosDrift, TalosVariant } from "./talos-node-state";
import { isTalosAtLeast, type TalosVersion } from "./talos-version";

/** Everything about a node's hardening that the variant and the drift decide. */
export interface NodePosture {
  /** The booted image is a Secure Boot UKI (its command line and PCR key follow from that). */
  secureBootImage: boolean;
  /** Firmware Secure Boot is on and not in setup mode (SecurityState.secureBoot). */
  secureBoot: boolean;
  bootedWithUKI: boolean;
  selinux: "disabled" | "permissive" | "enforcing";
  moduleSignatureEnforced: boolean;
  sysctls: Record<string, string>;
  extraKernelArgs: string[];
  apiServerExtraArgs: Record<string, string>;
  controllerManagerExtraArgs: Record<string, string>;
  schedulerExtraArgs: Record<string, string>;
  podSecurityEnforce: "privileged" | "baseline" | "restricted";
}

/** What "drifted" changes when the scenario gives no explicit drift: two weakened KSPP sysctls and Secure Boot off. */
export const DEFAULT_DRIFT: TalosDrift = {
  sysctls: { "kernel.kptr_restrict": "1", "net.core.bpf_jit_harden": "1" },
  secureBoot: false,
};

/**
 * Baselines:
 * - hardened: Secure Boot UKI with Secure Boot on, SELinux enforcing, module signatures enforced,
 *   every KSPP default in place.
 * - default: a fresh default install (v1.10+ UEFI installs boot a UKI through systemd-boot, without
 *   Secure Boot); SELinux permissive (`selinux=1`); `module.sig_enforce=1` is a default arg since v1.12.
 * - drifted: the hardened node after drift (DEFAULT_DRIFT unless `drift` is given).
 *
 * An explicit `drift` applies on top of any variant; its sysctls extend the drifted defaults.
 */
export function resolveNodePosture({
  variant,
  version,
  drift,
}: {
  variant: TalosVariant;
  version: TalosVersion;
  drift?: TalosDrift;
}): NodePosture {
  const hardened = variant !== "default";
  const base: NodePosture = {
    secureBootImage: hardened,
    secureBoot: hardened,
    bootedWithUKI: true,
    selinux: hardened ? "enforcing" : "permissive",
    moduleSignatureEnforced: hardened || isTalosAtLeast(version, 12),
    sysctls: {},
    extraKernelArgs: [],
    apiServerExtraArgs: {},
    controllerManagerExtraArgs: {},
    schedulerExtraArgs: {},
    podSecurityEnforce: "baseline",
  };
  const effective: TalosDrift =
    variant === "drifted"
      ? { ...DEFAULT_DRIFT, ...drift, sysctls: { ...DEFAULT_DRIFT.sysctls, ...drift?.sysctls } }
      : (drift ?? {});
  return {
    ...base,
    secureBoot: effective.secureBoot ?? base.secureBoot,
    bootedWithUKI: effective.bootedWithUKI ?? base.bootedWithUKI,
    selinux: effective.selinux ?? base.selinux,
    moduleSignatureEnforced: effective.moduleSignatureEnforced ?? base.moduleSignatureEnforced,
    sysctls: { ...effective.sysctls },
    extraKernelArgs: [...(effective.extraKernelArgs ?? [])],
    apiServerExtraArgs: { ...effective.apiServerExtraArgs },
    controllerManagerExtraArgs: { ...effective.controllerManagerExtraArgs },
    schedulerExtraArgs: { ...effective.schedulerExtraArgs },
    podSecurityEnforce: effective.podSecurityEnforce ?? base.podSecurityEnforce,
  };
}
