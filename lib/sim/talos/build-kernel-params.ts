import type { TalosKernelParamStatus } from "./talos-node-state";
import { isTalosAtLeast, type TalosVersion } from "./talos-version";

type ParamList = readonly (readonly [id: string, value: string])[];

/** KSPP sysctls enforced by Talos v1.12 and later (reference/talos-api.md §4.1). */
const KSPP_V1_12: ParamList = [
  ["proc.sys.dev.tty.ldisc_autoload", "0"],
  ["proc.sys.dev.tty.legacy_tiocsti", "0"],
  ["proc.sys.fs.protected_symlinks", "1"],
  ["proc.sys.fs.protected_hardlinks", "1"],
  ["proc.sys.fs.protected_fifos", "2"],
  ["proc.sys.fs.protected_regular", "2"],
  ["proc.sys.fs.suid_dumpable", "0"],
  ["proc.sys.kernel.kptr_restrict", "2"],
  ["proc.sys.kernel.dmesg_restrict", "1"],
  ["proc.sys.kernel.perf_event_paranoid", "3"],
  ["proc.sys.kernel.randomize_va_space", "2"],
  ["proc.sys.kernel.yama.ptrace_scope", "2"],
  ["proc.sys.user.max_user_namespaces", "0"],
  ["proc.sys.kernel.unprivileged_bpf_disabled", "1"],
  ["proc.sys.net.core.bpf_jit_harden", "2"],
  ["proc.sys.vm.unprivileged_userfaultfd", "0"],
];

/** The shorter KSPP list of v1.10 and v1.11 (kptr_restrict and ptrace_scope were 1). */
const KSPP_V1_10: ParamList = [
  ["proc.sys.kernel.kptr_restrict", "1"],
  ["proc.sys.kernel.dmesg_restrict", "1"],
  ["proc.sys.kernel.perf_event_paranoid", "3"],
  ["proc.sys.kernel.yama.ptrace_scope", "1"],
  ["proc.sys.user.max_user_namespaces", "0"],
  ["proc.sys.kernel.unprivileged_bpf_disabled", "1"],
  ["proc.sys.net.core.bpf_jit_harden", "2"],
];

/** What the kernel reports before Talos writes (KernelParamStatus `default`), for a typical metal node. */
const KERNEL_DEFAULTS: Record<string, string> = {
  "proc.sys.dev.tty.ldisc_autoload": "1",
  "proc.sys.dev.tty.legacy_tiocsti": "0",
  "proc.sys.fs.protected_symlinks": "0",
  "proc.sys.fs.protected_hardlinks": "0",
  "proc.sys.fs.protected_fifos": "0",
  "proc.sys.fs.protected_regular": "0",
  "proc.sys.fs.suid_dumpable": "0",
  "proc.sys.kernel.kptr_restrict": "0",
  "proc.sys.kernel.dmesg_restrict": "1",
  "proc.sys.kernel.perf_event_paranoid": "2",
  "proc.sys.kernel.randomize_va_space": "2",
  "proc.sys.kernel.yama.ptrace_scope": "1",
  "proc.sys.user.max_user_namespaces": "63405",
  "proc.sys.kernel.unprivileged_bpf_disabled": "2",
  "proc.sys.net.core.bpf_jit_harden": "0",
  "proc.sys.vm.unprivileged_userfaultfd": "0",
  "proc.sys.net.ipv4.ip_forward": "0",
  "proc.sys.net.ipv4.icmp_ignore_bogus_error_responses": "1",
  "proc.sys.net.ipv4.icmp_echo_ignore_broadcasts": "1",
  "proc.sys.net.ipv4.conf.all.send_redirects": "1",
  "proc.sys.net.ipv4.conf.default.send_redirects": "1",
  "proc.sys.net.ipv4.ip_local_reserved_ports": "",
  "proc.sys.net.bridge.bridge-nf-call-iptables": "1",
  "proc.sys.net.bridge.bridge-nf-call-ip6tables": "1",
  "proc.sys.kernel.ctrl-alt-del": "0",
  "proc.sys.net.ipv6.conf.default.forwarding": "0",
  "proc.sys.net.ipv6.conf.default.accept_ra": "1",
  "proc.sys.net.ipv4.tcp_keepalive_time": "7200",
  "proc.sys.net.ipv4.tcp_keepalive_intvl": "75",
  "proc.sys.kernel.panic": "0",
  "proc.sys.kernel.pid_max": "32768",
  "proc.sys.vm.overcommit_memory": "0",
  "proc.sys.fs.inotify.max_user_instances": "128",
  "proc.sys.fs.aio-max-nr": "65536",
};

/** The KSPP sysctls Talos enforces in this version, as KernelParamStatus ID → value. */
export function getKsppSysctls({ version }: { version: TalosVersion }): ParamList {
  return isTalosAtLeast(version, 12) ? KSPP_V1_12 : KSPP_V1_10;
}

/** Talos' other default sysctls (kernel_param_defaults.go) on a metal node with IPv6. */
export function getDefaultSysctls({ version }: { version: TalosVersion }): ParamList {
  const list: [string, string][] = [["proc.sys.net.ipv4.ip_forward", "1"]];
  if (isTalosAtLeast(version, 12)) {
    list.push(
      ["proc.sys.net.ipv4.icmp_ignore_bogus_error_responses", "1"],
      ["proc.sys.net.ipv4.icmp_echo_ignore_broadcasts", "1"],
    );
  }
  if (isTalosAtLeast(version, 14)) {
    list.push(
      ["proc.sys.net.ipv4.conf.all.send_redirects", "0"],
      ["proc.sys.net.ipv4.conf.default.send_redirects", "0"],
    );
  }
  if (isTalosAtLeast(version, 12)) list.push(["proc.sys.net.ipv4.ip_local_reserved_ports", "50000,50001"]);
  list.push(
    ["proc.sys.net.bridge.bridge-nf-call-iptables", "1"],
    ["proc.sys.net.bridge.bridge-nf-call-ip6tables", "1"],
  );
  // ctrl-alt-del arrived in v1.13.7.
  if (isTalosAtLeast(version, 13, 7)) list.push(["proc.sys.kernel.ctrl-alt-del", "0"]);
  list.push(
    ["proc.sys.net.ipv6.conf.default.forwarding", "1"],
    ["proc.sys.net.ipv6.conf.default.accept_ra", "2"],
    ["proc.sys.net.ipv4.tcp_keepalive_time", "600"],
    ["proc.sys.net.ipv4.tcp_keepalive_intvl", "60"],
    ["proc.sys.kernel.panic", "10"],
    ["proc.sys.kernel.pid_max", "262144"],
    ["proc.sys.vm.overcommit_memory", "1"],
    ["proc.sys.fs.inotify.max_user_instances", "8192"],
    ["proc.sys.fs.aio-max-nr", "1048576"],
  );
  return list;
}

/**
 * KernelParamStatus entries of a node: user `machine.sysctls` first (they win, as in Talos, where a
 * default with the same ID is then skipped), then the KSPP and other defaults.
 *
 * `current` is the value Talos wrote; `default` is what the kernel had before.
 */
export function buildKernelParams({
  version,
  sysctlOverrides,
}: {
  version: TalosVersion;
  sysctlOverrides: Record<string, string>;
}): TalosKernelParamStatus[] {
  const byId = new Map<string, TalosKernelParamStatus>();
  for (const [key, value] of Object.entries(sysctlOverrides)) {
    const id = `proc.sys.${key}`;
    byId.set(id, { id, current: value, default: KERNEL_DEFAULTS[id] ?? "", unsupported: false });
  }
  for (const [id, value] of [...getKsppSysctls({ version }), ...getDefaultSysctls({ version })]) {
    if (byId.has(id)) continue;
    byId.set(id, { id, current: value, default: KERNEL_DEFAULTS[id] ?? "", unsupported: false });
  }
  // COSI lists resources ordered by ID (byte order, not locale order).
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
