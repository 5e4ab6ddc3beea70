import type { TalosKernelCmdline } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { EvidenceItem } from "../../evaluator-types";

export interface CmdlineArgument {
  key: string;
  /** null for a bare word (`slab_nomerge`), "" for `key=`. */
  value: string | null;
  /** As written: `pti=on`, `slab_nomerge`. */
  text: string;
}

/**
 * The effective occurrence of a kernel argument: the last one, as the kernel applies each
 * occurrence in order and the last write wins. undefined when absent.
 */
export function readCmdlineArgument(cmdline: TalosKernelCmdline, key: string): CmdlineArgument | undefined {
  const token = cmdline.tokens.findLast((candidate) => candidate.key === key);
  if (!token) return undefined;
  return { key, value: token.value, text: token.value === null ? key : `${key}=${token.value}` };
}

/** Evidence for one argument: its text as written, or null when absent. */
export function cmdlineArgumentEvidence({
  path,
  cmdline,
  key,
  note,
}: {
  /** The node's evidence path prefix, `talos.nodes[<node>]`. */
  path: string;
  cmdline: TalosKernelCmdline;
  key: string;
  note?: string;
}): EvidenceItem {
  const argument = readCmdlineArgument(cmdline, key);
  return {
    source: `${path}.kernelCmdline.tokens[${key}]`,
    value: argument?.text ?? null,
    ...(note ? { note } : {}),
  };
}
