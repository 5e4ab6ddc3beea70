import { redactUrlCredentials } from "./redact-url-credentials";

/** What replaces a secret that was set: the shape stays, so evaluators can tell a value exists. */
export const REDACTED = "[redacted]";

/** Field names whose values are secrets wherever they appear (compared lower-cased). */
const SECRET_FIELDS = new Set([
  "password",
  "passphrase",
  "secret",
  "token",
  "apitoken",
  "identitytoken",
  "privatekey",
  "presharedkey",
  "clientsecret",
  "sharedsecret",
  "clustersecret",
  "jointoken",
  "uniquetoken",
  "bootstraptoken",
  "secretboxencryptionsecret",
  "aescbcencryptionsecret",
]);

const PRIVATE_KEY_PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
const BASE64 = /^[A-Za-z0-9+/=\s]{40,}$/;

/**
 * Whether a value counts as "set" and so gets the marker; empty strings, null and empty
 * collections stay as they are ("not set" stays visible too).
 */
export function isSetValue(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** A private key in PEM, or base64 of such a PEM (how the v1alpha1 document stores keys). */
export function looksLikePrivateKey(text: string): boolean {
  if (PRIVATE_KEY_PEM.test(text)) return true;
  if (!BASE64.test(text)) return false;
  return PRIVATE_KEY_PEM.test(Buffer.from(text.replace(/\s+/g, ""), "base64").toString("latin1"));
}

/**
 * The safety net behind the path lists: walks a parsed document (in place) and redacts every
 * value under a secret-named field, every string holding a private key (PEM or base64 of PEM, also
 * under a field named `key`), and credentials inside URLs. Reports each redacted path to `onRedact`.
 */
export function redactSecretValues({
  value,
  path,
  onRedact,
}: {
  value: unknown;
  path: string;
  onRedact: (path: string) => void;
}): unknown {
  if (typeof value === "string") {
    if (looksLikePrivateKey(value)) {
      onRedact(path);
      return REDACTED;
    }
    const cleaned = redactUrlCredentials({ text: value });
    if (cleaned !== value) onRedact(path);
    return cleaned;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => redactSecretValues({ value: item, path: `${path}[${index}]`, onRedact }));
  }
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  for (const [key, child] of Object.entries(record)) {
    const childPath = path === "" ? key : `${path}.${key}`;
    if (SECRET_FIELDS.has(key.toLowerCase()) && isSetValue(child) && child !== REDACTED) {
      record[key] = REDACTED;
      onRedact(childPath);
    } else {
      record[key] = redactSecretValues({ value: child, path: childPath, onRedact });
    }
  }
  return record;
}
