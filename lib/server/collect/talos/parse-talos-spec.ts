import type { z } from "zod";
import { TalosApiError } from "./talos-api-error";

/**
 * Validates a resource spec or reply against `schema` (unknown fields are dropped). A field of the
 * wrong type fails the whole value with `invalid-response`, rather than being read as unset.
 */
export function parseTalosSpec<S extends z.ZodType>({
  schema,
  value,
  what,
}: {
  schema: S;
  value: unknown;
  /** Names the value in the message, e.g. `SecurityState`. */
  what: string;
}): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw new TalosApiError({
    kind: "invalid-response",
    message: `${what}: unexpected content${where}: ${issue?.message ?? "invalid"}`,
  });
}
