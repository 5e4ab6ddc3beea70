import { parse } from "yaml";

// Same limit as the server; bigger text is not worth parsing here (the server refuses it anyway).
export const MAX_CREDENTIAL_BYTES = 256 * 1024;

export interface CredentialContexts {
  names: string[];
  /** The file's current context (kubeconfig `current-context`, talosconfig `context`), when it names one. */
  current: string | undefined;
}

/**
 * Lists context names of a kubeconfig or talosconfig so the form can offer a picker. Runs only in
 * the browser on text the user chose; nothing is sent anywhere. Aliases are refused
 * (`maxAliasCount: 0`) so a YAML bomb costs nothing. Returns null when the text cannot be read:
 * the server validates it properly and explains what is wrong.
 */
export function listCredentialContexts({
  text,
  kind,
}: {
  text: string;
  kind: "kubeconfig" | "talosconfig";
}): CredentialContexts | null {
  if (text.trim() === "" || new Blob([text]).size > MAX_CREDENTIAL_BYTES) return null;
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 0, prettyErrors: false });
  } catch {
    return null;
  }
  if (typeof document !== "object" || document === null) return null;
  const file = document as Record<string, unknown>;
  return kind === "kubeconfig" ? readKubeContexts(file) : readTalosContexts(file);
}

function readKubeContexts(file: Record<string, unknown>): CredentialContexts | null {
  if (!Array.isArray(file.contexts)) return null;
  const names = file.contexts
    .map((entry: unknown) =>
      typeof entry === "object" && entry !== null ? (entry as { name?: unknown }).name : undefined,
    )
    .filter((name): name is string => typeof name === "string" && name !== "");
  const current = file["current-context"];
  return { names: [...new Set(names)], current: typeof current === "string" && current !== "" ? current : undefined };
}

function readTalosContexts(file: Record<string, unknown>): CredentialContexts | null {
  const contexts = file.contexts;
  if (typeof contexts !== "object" || contexts === null || Array.isArray(contexts)) return null;
  const current = file.context;
  return { names: Object.keys(contexts), current: typeof current === "string" && current !== "" ? current : undefined };
}
