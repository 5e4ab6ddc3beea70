import { AppError } from "@/lib/server/http/app-error";

/** Deepest nesting of arrays/objects accepted; real scanner reports stay well below 20. */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of a JSON text, counted without parsing (strings skipped), stopping as soon
 * as `limit` is passed. Note: checked before JSON.parse so a hostile "[[[[…" cannot exhaust the
 * stack of the parser or of any recursive walk after it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (isInString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) isInString = false;
      continue;
    }
    if (char === 0x22) isInString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

/** Parses an uploaded scanner file: UTF-8 JSON, not nested deeper than MAX_JSON_DEPTH; otherwise a 400 saying why. */
export function readJsonDocument(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The file is not UTF-8 text; upload the scanner's JSON output.");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new AppError("bad_request", "The file is empty.");
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw new AppError("bad_request", `The file nests deeper than ${MAX_JSON_DEPTH} levels; no scanner report does.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(
      "bad_request",
      "The file is not JSON. Upload the scanner's JSON output (kube-bench --json, trivy --format json, kubescape --format json).",
    );
  }
}
