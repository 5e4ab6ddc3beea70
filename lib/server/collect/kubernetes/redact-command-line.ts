const SECRETISH = "(?:pass|secret|token|key|cred|auth)";
const FLAG_WITH_VALUE = new RegExp(`(--?[\\w.-]*${SECRETISH}[\\w.-]*)(=|\\s+(?!-))("[^"]*"|'[^']*'|[^\\s"']+)`, "gi");
const ENV_ASSIGNMENT = new RegExp(`\\b([A-Za-z_]\\w*${SECRETISH}\\w*)=("[^"]*"|'[^']*'|[^\\s"']+)`, "gi");
const BARE_SECRET_FLAG = new RegExp(`^--?[\\w.-]*${SECRETISH}[\\w.-]*$`, "i");
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi;
const REDACTED = "[redacted]";

/**
 * A workload's command or args, safe to keep in a snapshot and short: values of flags and
 * variables whose names look secret (`--password x`, `--token=x`, `AWS_SECRET_ACCESS_KEY=x`) and
 * credentials in URLs are replaced with "[redacted]"; at most `maxWords` words of at most
 * `maxChars` characters are kept.
 *
 * Note: commands are read for etcd-backup detection, but backup jobs often carry object-store
 * credentials on their command line; this is a heuristic, so the snapshot keeps no env at all.
 */
export function redactCommandLine({
  words,
  maxWords = 32,
  maxChars = 512,
}: {
  words: string[];
  maxWords?: number;
  maxChars?: number;
}): string[] {
  const result = words.slice(0, maxWords).map((word, index) => {
    const previous = index > 0 ? words[index - 1] : undefined;
    if (previous !== undefined && BARE_SECRET_FLAG.test(previous) && !word.startsWith("-")) return REDACTED;
    return word
      .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
      .replace(FLAG_WITH_VALUE, (_match, flag: string, separator: string) => `${flag}${separator}${REDACTED}`)
      .replace(ENV_ASSIGNMENT, (_match, name: string) => `${name}=${REDACTED}`);
  });
  return result.map((word) => (word.length > maxChars ? `${word.slice(0, maxChars)}…` : word));
}
