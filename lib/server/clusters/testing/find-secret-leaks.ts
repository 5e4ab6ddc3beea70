// Test helpers only: every form in which a credential's secret could leak (PEM, base64 of the PEM,
// the DER, the raw private scalar in hex/base64, a token), and a search for them in text and bytes.
import { createPrivateKey } from "node:crypto";
import { parse } from "yaml";
import { relabelEd25519Key } from "@/lib/server/credentials/relabel-ed25519-key";

export interface SecretForms {
  /** Text forms (PEM, base64…); searched as text, as UTF-8 bytes, and as hex of those bytes. */
  texts: string[];
  /** Binary forms (DER, the private scalar); searched as bytes and as hex. */
  bytes: Buffer[];
}

const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString("base64");

/** The forms of one PEM private key (any label Lotse accepts, Talos' `ED25519 PRIVATE KEY` included). */
export function secretFormsOfKey({ pem }: { pem: string }): SecretForms {
  const key = createPrivateKey(relabelEd25519Key({ pem }));
  const der = key.export({ type: "pkcs8", format: "der" });
  const scalar = Buffer.from(String(key.export({ format: "jwk" }).d), "base64url");
  const bodyLines = pem.split("\n").filter((line) => line !== "" && !line.startsWith("-----"));
  return {
    texts: [
      pem,
      base64(pem),
      bodyLines[0] ?? "",
      bodyLines.join(""),
      base64(der),
      scalar.toString("base64"),
      scalar.toString("base64url"),
    ].filter((text) => text.length >= 16),
    bytes: [der, scalar],
  };
}

/** The forms of a bearer token. */
export function secretFormsOfToken({ token }: { token: string }): SecretForms {
  return { texts: [token, base64(token)], bytes: [] };
}

/** The client key (or token) of a kubeconfig's first user, and the key of a talosconfig's current context. */
export function secretFormsOfCredential({ yaml }: { yaml: string }): SecretForms {
  const document = parse(yaml) as {
    users?: { user: { token?: string; "client-key-data"?: string } }[];
    context?: string;
    contexts?: Record<string, { key: string }>;
  };
  const user = document.users?.[0]?.user;
  if (user?.token) return secretFormsOfToken({ token: user.token });
  const encodedKey = user?.["client-key-data"] ?? document.contexts?.[document.context ?? ""]?.key;
  if (!encodedKey) throw new Error("no key or token in this credential file");
  return secretFormsOfKey({ pem: Buffer.from(encodedKey, "base64").toString("utf8") });
}

/**
 * Describes each secret form found in `haystack` (empty when none), without printing the secret.
 * A text haystack (a response, or a row as PostgreSQL renders it, bytea as hex) is searched for
 * every text form and for the hex of every form; a byte haystack (a ciphertext) for their bytes.
 */
export function findSecretLeaks({
  haystack,
  secrets,
}: {
  haystack: string | Buffer;
  secrets: SecretForms[];
}): string[] {
  const found: string[] = [];
  secrets.forEach((forms, index) => {
    forms.texts.forEach((text, form) => {
      if (contains(haystack, text)) found.push(`secret ${index}, text form ${form}`);
    });
    forms.bytes.forEach((bytes, form) => {
      if (contains(haystack, bytes)) found.push(`secret ${index}, byte form ${form}`);
    });
  });
  if (contains(haystack, "-----BEGIN")) found.push("a PEM header");
  return found;
}

function contains(haystack: string | Buffer, needle: string | Buffer): boolean {
  if (needle.length === 0) return false;
  if (Buffer.isBuffer(haystack)) return haystack.includes(needle);
  const hex = Buffer.from(needle).toString("hex");
  return haystack.includes(hex) || (typeof needle === "string" && haystack.includes(needle));
}
