const PEM = /-----BEGIN PUBLIC KEY-----([\s\S]+?)-----END PUBLIC KEY-----/;

/** The DER bytes (SubjectPublicKeyInfo) of a PEM `PUBLIC KEY`; null when the text is not one. */
export function publicKeyDer(pem: string): Uint8Array<ArrayBuffer> | null {
  const body = PEM.exec(pem)?.[1]?.replace(/\s+/g, "");
  if (!body || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return null;
  const binary = atob(body);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The key's fingerprint: SHA-256 (hex) of its DER form, which an auditor reproduces offline with
 * `openssl pkey -pubin -in key.pem -outform DER | sha256sum`. Null when the text is not a public key.
 */
export async function publicKeyFingerprint(pem: string): Promise<string | null> {
  const der = publicKeyDer(pem);
  if (!der) return null;
  const digest = await crypto.subtle.digest("SHA-256", der);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The fingerprint in groups of four for reading aloud or comparing by eye: "3f9a 0c1b …". */
export function groupFingerprint(hex: string): string {
  return hex.match(/.{1,4}/g)?.join(" ") ?? hex;
}
