import type { z } from "zod";
import { CredentialError } from "./credential-error";

/**
 * Validates `value` against a zod schema; the first issue becomes a CredentialError whose field
 * is the exact path (`kubeconfig.clusters[0].cluster.server`).
 */
export function parseShape<T extends z.ZodType>({
  schema,
  value,
  field,
  label,
}: {
  schema: T;
  value: unknown;
  field: string;
  label: string;
}): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = joinFieldPath({ field, path: issue?.path ?? [] });
  throw new CredentialError({
    field: path,
    message: `The ${label} is not valid at ${path}: ${issue?.message ?? "unexpected content"}.`,
  });
}

/** `kubeconfig` + [`users`, 0, `user`] → `kubeconfig.users[0].user`. */
export function joinFieldPath({ field, path }: { field: string; path: readonly PropertyKey[] }): string {
  return path.reduce<string>(
    (joined, key) => (typeof key === "number" ? `${joined}[${key}]` : `${joined}.${String(key)}`),
    field,
  );
}
