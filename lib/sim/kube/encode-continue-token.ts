// Continue tokens in the apiserver's own format: base64url of
// {"v":"meta.k8s.io/v1","rv":<list resourceVersion>,"start":"<next key>"}. The simulator adds
// "t", the issue time, to emulate etcd compaction expiring old tokens.

const TOKEN_API_VERSION = "meta.k8s.io/v1";

export interface ContinueToken {
  /** The resourceVersion of the list the token continues; -1 continues at the current version. */
  revision: number;
  /** First key (namespace/name or name) of the next page. */
  start: string;
  /** Milliseconds since the epoch when the token was issued. */
  issuedAt: number;
}

export function encodeContinueToken({ revision, start, issuedAt }: ContinueToken): string {
  return Buffer.from(JSON.stringify({ v: TOKEN_API_VERSION, rv: revision, start, t: issuedAt })).toString("base64url");
}

export type DecodedContinueToken = { ok: true; token: ContinueToken } | { ok: false; message: string };

/** Decodes a client's token; `message` explains a malformed one (the server answers 400). */
export function decodeContinueToken({ value }: { value: string }): DecodedContinueToken {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return { ok: false, message: "continue key is not valid: not a base64url-encoded JSON object" };
  }
  if (typeof parsed !== "object" || parsed === null)
    return { ok: false, message: "continue key is not valid: not an object" };
  const { v, rv, start, t } = parsed as Record<string, unknown>;
  if (v !== TOKEN_API_VERSION)
    return {
      ok: false,
      message: "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)",
    };
  if (typeof rv !== "number" || !Number.isInteger(rv) || typeof start !== "string" || start === "") {
    return { ok: false, message: "continue key is not valid: missing resourceVersion or start key" };
  }
  return { ok: true, token: { revision: rv, start, issuedAt: typeof t === "number" ? t : 0 } };
}
