import { CredentialError } from "./credential-error";

const MAX_LISTED = 20;

/**
 * Picks the context to use: the explicit choice, else the file's current context, else the only
 * one. Refuses with a message listing the available names when the choice is missing or ambiguous.
 */
export function chooseContext({
  names,
  explicit,
  current,
  field,
  label,
}: {
  names: string[];
  explicit?: string;
  /** The file's `current-context` (kubeconfig) or `context` (talosconfig). */
  current?: string;
  field: string;
  label: string;
}): string {
  if (names.length === 0) throw new CredentialError({ field, message: `The ${label} has no contexts.` });
  const wanted = nonEmpty(explicit) ?? nonEmpty(current);
  if (wanted === undefined) {
    if (names.length === 1 && names[0] !== undefined) return names[0];
    throw new CredentialError({
      field,
      message: `The ${label} has ${names.length} contexts and names no current one; choose one of: ${listNames(names)}.`,
    });
  }
  if (names.includes(wanted)) return wanted;
  const source =
    nonEmpty(explicit) === undefined ? `Its current context "${wanted}"` : `The chosen context "${wanted}"`;
  throw new CredentialError({
    field,
    message: `${source} does not exist in the ${label}; available: ${listNames(names)}.`,
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

function listNames(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).map((name) => JSON.stringify(name));
  return names.length > MAX_LISTED ? `${shown.join(", ")} and ${names.length - MAX_LISTED} more` : shown.join(", ");
}
