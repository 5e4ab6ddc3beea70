import { isTalosAtLeast, type TalosVersion } from "./talos-version";

/**
 * The kernel command line Talos images boot with (pkg/machinery/kernel DefaultArgs, reference
 * §4.3), as /proc/cmdline shows it on a metal UEFI install: platform and console first, then the
 * defaults, then Secure Boot and user arguments.
 */
export function buildKernelCmdline({
  version,
  secureBoot,
  selinux,
  moduleSignatureEnforced,
  extraKernelArgs,
}: {
  version: TalosVersion;
  secureBoot: boolean;
  selinux: "disabled" | "permissive" | "enforcing";
  moduleSignatureEnforced: boolean;
  extraKernelArgs: string[];
}): string {
  const args = ["talos.platform=metal", "console=tty0"];
  if (!isTalosAtLeast(version, 14)) args.push("init_on_alloc=1");
  // DefaultArgs lists `slab_nomerge=`; the kernel command line shows the bare flag.
  args.push("slab_nomerge", "pti=on", "consoleblank=0");
  if (!isTalosAtLeast(version, 14)) args.push("nvme_core.io_timeout=4294967295");
  args.push("printk.devkmsg=on");
  if (!isTalosAtLeast(version, 11)) args.push("ima_template=ima-ng", "ima_appraise=fix", "ima_hash=sha512");
  // selinux=1 is a default since v1.10; a node without SELinux had it removed.
  if (selinux !== "disabled") args.push("selinux=1");
  // module.sig_enforce=1 is a default since v1.12; older hardened images set it explicitly.
  if (moduleSignatureEnforced) args.push("module.sig_enforce=1");
  if (isTalosAtLeast(version, 13)) args.push("proc_mem.force_override=never");
  // Until v1.14 Secure Boot images add lockdown=confidentiality (HEAD drops it for 1.14+).
  if (secureBoot && !isTalosAtLeast(version, 14)) args.push("lockdown=confidentiality");
  if (selinux === "enforcing") args.push("enforcing=1");
  args.push(...extraKernelArgs);
  return args.join(" ");
}
