const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const KEY_BYTES = 32;

/**
 * Decodes a base64 AES-256 key; throws naming `source` (never the value) unless it is exactly 32
 * bytes of standard base64.
 */
export function decodeEncryptionKey({ value, source }: { value: string; source: string }): Buffer {
  const text = value.trim();
  if (!STANDARD_BASE64.test(text)) {
    throw new Error(
      `${source} is not valid base64; it must be base64 of exactly 32 random bytes (generate one with \`openssl rand -base64 32\`).`,
    );
  }
  const key = Buffer.from(text, "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `${source} decodes to ${key.length} bytes; it must be base64 of exactly 32 random bytes (generate one with \`openssl rand -base64 32\`).`,
    );
  }
  return key;
}
