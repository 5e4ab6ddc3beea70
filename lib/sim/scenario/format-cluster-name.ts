/**
 * Fills a group's name pattern: `{n}` becomes the number, `{n:03}` the number padded to three
 * digits. `edge-{n:02}` with 7 → `edge-07`.
 */
export function formatClusterName({ pattern, number }: { pattern: string; number: number }): string {
  return pattern.replace(/\{n(?::0(\d))?\}/g, (_match, width: string | undefined) =>
    String(number).padStart(width ? Number(width) : 0, "0"),
  );
}

/** Whether the pattern numbers its clusters (a group of more than one needs that). */
export function hasNumberToken({ pattern }: { pattern: string }): boolean {
  return /\{n(?::0\d)?\}/.test(pattern);
}
