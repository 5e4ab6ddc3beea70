import { createHash } from "node:crypto";

/** Lotse's namespace for name-based UUIDs in evidence packs (a fixed random v4 UUID). */
export const LOTSE_UUID_NAMESPACE = "4c6f7473-652d-4576-9964-656e63652e31";

/**
 * RFC 9562 version-5 UUID (SHA-1 of namespace + name): the same name always gives the same UUID,
 * which keeps OSCAL documents of the same scope and data byte-identical.
 */
export function uuidV5(name: string, namespace: string = LOTSE_UUID_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
