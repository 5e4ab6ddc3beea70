import { LineCounter, parseDocument, visit, type Document } from "yaml";
import { assertCredentialSize } from "./assert-credential-size";
import { CredentialError } from "./credential-error";

const MAX_REASON_LENGTH = 160;

/**
 * Parses an uploaded kubeconfig or talosconfig into plain data. Refuses, with a CredentialError
 * on `field`: text over the size limit (413, before parsing), YAML errors (with line and column),
 * several documents, any anchor or alias, and nesting too deep to read.
 */
export function parseCredentialYaml({ text, field, label }: { text: string; field: string; label: string }): unknown {
  if (typeof text !== "string") throw new CredentialError({ field, message: `The ${label} must be text.` });
  assertCredentialSize({ text, field, label });
  if (text.trim() === "") throw new CredentialError({ field, message: `The ${label} is empty.` });
  try {
    const lineCounter = new LineCounter();
    // Note: prettyErrors is off because pretty messages quote the offending source line, which
    // may hold a token or key; our message names only the position.
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    assertNoErrors({ document, lineCounter, field, label });
    assertNoAnchors({ document, lineCounter, field, label });
    // Note: aliases were refused above, so nothing can expand here; maxAliasCount 0 is a backstop.
    return document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    // Note: deep nesting can exhaust the stack in the YAML composer or in toJS; that is the
    // upload's fault, not a crash.
    if (error instanceof RangeError) throw tooDeep(field, label);
    throw error;
  }
}

function assertNoErrors({ document, lineCounter, field, label }: Context): void {
  const error = document.errors[0];
  if (!error) return;
  if (error.code === "RESOURCE_EXHAUSTION" || /call stack/i.test(error.message)) throw tooDeep(field, label);
  if (error.code === "MULTIPLE_DOCS") {
    throw new CredentialError({ field, message: `The ${label} holds several YAML documents; upload exactly one.` });
  }
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const reason =
    error.message.length > MAX_REASON_LENGTH ? `${error.message.slice(0, MAX_REASON_LENGTH)}…` : error.message;
  throw new CredentialError({
    field,
    message: `The ${label} is not valid YAML (line ${line}, column ${col}): ${reason}.`,
  });
}

function assertNoAnchors({ document, lineCounter, field, label }: Context): void {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
    Node(_key, node) {
      if (!node.anchor) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (offset === undefined) return;
  const { line, col } = lineCounter.linePos(offset);
  throw new CredentialError({
    field,
    message: `The ${label} uses YAML anchors or aliases (line ${line}, column ${col}); ${label}s never need them and Lotse refuses them. Remove the & and * references.`,
  });
}

function tooDeep(field: string, label: string): CredentialError {
  return new CredentialError({ field, message: `The ${label} is nested too deeply to be a ${label}.` });
}

interface Context {
  document: Document.Parsed;
  lineCounter: LineCounter;
  field: string;
  label: string;
}
