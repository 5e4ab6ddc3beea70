import type { z } from "zod";

export type MapResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Validates an untrusted API object against `schema` (which strips unknown fields) and reduces it
 * with `build`. A field of the wrong type fails the object rather than being read as unset: a
 * hostile or broken `privileged: "yes"` must not become "not privileged".
 */
export function parseRawObject<S extends z.ZodType, T>({
  schema,
  raw,
  build,
}: {
  schema: S;
  raw: unknown;
  build: (parsed: z.infer<S>) => T;
}): MapResult<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: build(parsed.data) };
  const issue = parsed.error.issues[0];
  const name = (raw as { metadata?: { name?: unknown } } | null)?.metadata?.name;
  const subject = typeof name === "string" ? `${name.slice(0, 100)}: ` : "";
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return { ok: false, message: `${subject}${where}${issue?.message ?? "invalid object"}` };
}
