import type { TalosKernelCmdline } from "@/lib/server/collect/snapshot/talos-snapshot";
import { redactUrlCredentials } from "./redact-url-credentials";

/**
 * Splits /proc/cmdline as the kernel does: blanks separate parameters except inside double
 * quotes, `key=value` splits at the first `=`, quotes around a value are dropped; a bare word
 * has value null. Credentials inside URL values (SideroLink `jointoken`, `talos.config` URLs with
 * tokens or passwords) are redacted first.
 */
export function parseKernelCmdline({ cmdline }: { cmdline: string }): TalosKernelCmdline {
  const redacted = redactUrlCredentials({ text: cmdline.trim() });
  const words: string[] = [];
  let word = "";
  let isQuoted = false;
  for (const char of redacted) {
    if (char === '"') isQuoted = !isQuoted;
    if (!isQuoted && /\s/.test(char)) {
      if (word !== "") words.push(word);
      word = "";
    } else word += char;
  }
  if (word !== "") words.push(word);
  const tokens = words.map((text) => {
    const equals = text.indexOf("=");
    if (equals === -1) return { key: text.replaceAll('"', ""), value: null };
    return { key: text.slice(0, equals), value: text.slice(equals + 1).replace(/^"(.*)"$/s, "$1") };
  });
  return { cmdline: redacted, tokens };
}
