import type { TalosRelease } from "./read-node-talos-version";

/** One kernel argument a range of Talos 1.x minors boots with. */
export interface CmdlineRequirement {
  key: string;
  /** As it should appear, for messages: `pti=on`, `slab_nomerge`. */
  expected: string;
  /** Accepted values of the argument's last occurrence; null = a bare word (`slab_nomerge`). */
  accepted: readonly (string | null)[];
  /** The verdict when the argument is absent (a present argument with another value always FAILs). */
  whenAbsent: "FAIL" | "WARN" | "PASS";
  fromMinor: number;
  /** null = open-ended. */
  toMinor: number | null;
  /** Why it is expected, with the reference section. */
  reason: string;
}

/** The oldest Talos minor Lotse has verified facts for (see kspp-sysctl-baselines.ts). */
const OLDEST_KNOWN_MINOR = 10;

// Sources: reference/talos-api.md §4.2 (RequiredKSPPKernelParameters; EnforceKSPPKernelParameters
// fails boot without them, and Talos' kernel reference lists both as "required by KSPP" for v1.10+)
// and §4.3 (pkg/machinery/kernel DefaultArgs per target version: module.sig_enforce=1 from v1.12,
// init_on_alloc=1 until v1.13, dropped in v1.14 because the kernel enables it by default).
export const CMDLINE_REQUIREMENTS: readonly CmdlineRequirement[] = [
  {
    key: "slab_nomerge",
    expected: "slab_nomerge",
    accepted: [null, ""],
    whenAbsent: "FAIL",
    fromMinor: OLDEST_KNOWN_MINOR,
    toMinor: null,
    reason: "required by KSPP; Talos refuses to boot without it (§4.2)",
  },
  {
    key: "pti",
    expected: "pti=on",
    accepted: ["on"],
    whenAbsent: "FAIL",
    fromMinor: OLDEST_KNOWN_MINOR,
    toMinor: null,
    reason: "required by KSPP; Talos refuses to boot without it (§4.2)",
  },
  {
    key: "module.sig_enforce",
    expected: "module.sig_enforce=1",
    accepted: ["1"],
    whenAbsent: "FAIL",
    fromMinor: 12,
    toMinor: null,
    reason: "a default argument from Talos v1.12 (§4.3)",
  },
  {
    key: "init_on_alloc",
    expected: "init_on_alloc=1",
    accepted: ["1"],
    whenAbsent: "WARN",
    fromMinor: OLDEST_KNOWN_MINOR,
    toMinor: 13,
    reason:
      "a default argument of images before v1.14 (§4.3); the Talos kernel enables it by default (§4.2), so its absence means the image's arguments were changed, not that it is off",
  },
  {
    key: "init_on_alloc",
    expected: "init_on_alloc=1",
    accepted: ["1"],
    whenAbsent: "PASS",
    fromMinor: 14,
    toMinor: null,
    reason: "no longer passed from v1.14 because the kernel enables it by default (§4.2, §4.3); =0 turns it off",
  },
];

/** True when Lotse has verified argument lists for the release (Talos 1.x from v1.10). */
export function isCoveredRelease(release: TalosRelease): boolean {
  return release.major === 1 && release.minor >= OLDEST_KNOWN_MINOR;
}

/**
 * The requirements for a covered release; for null (the release is unknown or not covered) only
 * those that hold for every covered release, which can FAIL a node but never PASS it alone.
 */
export function listCmdlineRequirements(release: TalosRelease | null): CmdlineRequirement[] {
  if (release === null || !isCoveredRelease(release)) {
    return CMDLINE_REQUIREMENTS.filter(
      (requirement) => requirement.fromMinor === OLDEST_KNOWN_MINOR && requirement.toMinor === null,
    );
  }
  return CMDLINE_REQUIREMENTS.filter(
    (requirement) =>
      release.minor >= requirement.fromMinor && (requirement.toMinor === null || release.minor <= requirement.toMinor),
  );
}
