import type { TalosRelease } from "./read-node-talos-version";

/** The KSPP sysctls a range of Talos 1.x minors enforces, as KernelParamStatus ID → value. */
export interface KsppSysctlBaseline {
  /** For messages, e.g. `v1.12+`. */
  label: string;
  /** First Talos 1.x minor of the range. */
  fromMinor: number;
  /** Last minor of the range; null = open-ended (the list is unchanged up to the newest source read). */
  toMinor: number | null;
  /** Where the values come from. */
  source: string;
  sysctls: Readonly<Record<string, string>>;
}

// Source: reference/talos-api.md §4.1 (pkg/kernel/kspp/kspp.go GetKernelParams). The long list is
// identical in v1.12.0, v1.12.9, v1.13.0, v1.13.9 and HEAD (after v1.14.0-rc.1), so the range is
// open-ended. The short list was read at v1.11.0; the longer one arrived in v1.12 (commits 0b129f9ef
// and 106f45799). v1.10 is taken to carry the v1.11 list, as the simulator models it; releases before
// v1.10 have no verified list and are left UNKNOWN rather than judged against a guess.
export const KSPP_SYSCTL_BASELINES: readonly KsppSysctlBaseline[] = [
  {
    label: "v1.12+",
    fromMinor: 12,
    toMinor: null,
    source: "reference/talos-api.md §4.1 (kspp.go, v1.12.0 to HEAD)",
    sysctls: {
      "proc.sys.dev.tty.ldisc_autoload": "0",
      "proc.sys.dev.tty.legacy_tiocsti": "0",
      "proc.sys.fs.protected_symlinks": "1",
      "proc.sys.fs.protected_hardlinks": "1",
      "proc.sys.fs.protected_fifos": "2",
      "proc.sys.fs.protected_regular": "2",
      "proc.sys.fs.suid_dumpable": "0",
      "proc.sys.kernel.kptr_restrict": "2",
      "proc.sys.kernel.dmesg_restrict": "1",
      "proc.sys.kernel.perf_event_paranoid": "3",
      "proc.sys.kernel.randomize_va_space": "2",
      "proc.sys.kernel.yama.ptrace_scope": "2",
      "proc.sys.user.max_user_namespaces": "0",
      "proc.sys.kernel.unprivileged_bpf_disabled": "1",
      "proc.sys.net.core.bpf_jit_harden": "2",
      "proc.sys.vm.unprivileged_userfaultfd": "0",
    },
  },
  {
    label: "v1.10–v1.11",
    fromMinor: 10,
    toMinor: 11,
    source: "reference/talos-api.md §4.1 (kspp.go at v1.11.0)",
    sysctls: {
      "proc.sys.kernel.kptr_restrict": "1",
      "proc.sys.kernel.dmesg_restrict": "1",
      "proc.sys.kernel.perf_event_paranoid": "3",
      "proc.sys.kernel.yama.ptrace_scope": "1",
      "proc.sys.user.max_user_namespaces": "0",
      "proc.sys.kernel.unprivileged_bpf_disabled": "1",
      "proc.sys.net.core.bpf_jit_harden": "2",
    },
  },
];

/** The baseline for a release; null when none is known (not Talos 1.x, or older than v1.10). */
export function findKsppSysctlBaseline(release: TalosRelease): KsppSysctlBaseline | null {
  if (release.major !== 1) return null;
  return (
    KSPP_SYSCTL_BASELINES.find(
      (baseline) =>
        release.minor >= baseline.fromMinor && (baseline.toMinor === null || release.minor <= baseline.toMinor),
    ) ?? null
  );
}
