import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptCredential } from "./decrypt-credential";
import { encryptCredential } from "./encrypt-credential";
import { computeKeyId, type EncryptionKeys } from "./encryption-keys";

function keysOf(current: Buffer, ...previous: Buffer[]): EncryptionKeys {
  const byId = new Map([current, ...previous].map((key) => [computeKeyId({ key }), key] as const));
  return { current: { id: computeKeyId({ key: current }), key: current }, byId };
}

const PLAINTEXT = "apiVersion: v1\nusers:\n- name: a\n  user: {token: s3cr3t}\n";
const AAD = "lotse:cluster:1f0e:kubeconfig";

describe("encryptCredential / decryptCredential", () => {
  const keys = keysOf(randomBytes(32));

  it("round-trips, with iv || tag || ciphertext and the current key id", () => {
    const { keyId, ciphertext } = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    expect(keyId).toBe(keys.current.id);
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(ciphertext.length).toBe(12 + 16 + Buffer.byteLength(PLAINTEXT));
    expect(ciphertext.toString("latin1")).not.toContain("s3cr3t");
    expect(decryptCredential({ keyId, ciphertext, aad: AAD, keys })).toBe(PLAINTEXT);
  });

  it("uses a fresh IV every time", () => {
    const a = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    const b = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    expect(a.ciphertext.subarray(0, 12).equals(b.ciphertext.subarray(0, 12))).toBe(false);
  });

  it("fails for another record's AAD (a ciphertext moved to another row)", () => {
    const { keyId, ciphertext } = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    expect(() => decryptCredential({ keyId, ciphertext, aad: "lotse:cluster:other:kubeconfig", keys })).toThrow(
      /failed authentication .* altered, or it belongs to another record/,
    );
  });

  it.each([0, 12, 40])("fails when byte %i (iv, tag, ciphertext) is tampered with", (index) => {
    const { keyId, ciphertext } = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    const tampered = Buffer.from(ciphertext);
    tampered[index] = (tampered[index] ?? 0) ^ 0x01;
    expect(() => decryptCredential({ keyId, ciphertext: tampered, aad: AAD, keys })).toThrow(/failed authentication/);
  });

  it("refuses a truncated ciphertext", () => {
    expect(() => decryptCredential({ keyId: keys.current.id, ciphertext: Buffer.alloc(20), aad: AAD, keys })).toThrow(
      /truncated/,
    );
  });

  it("names an unknown key id clearly", () => {
    const { keyId, ciphertext } = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    const others = keysOf(randomBytes(32));
    expect(() => decryptCredential({ keyId, ciphertext, aad: AAD, keys: others })).toThrow(
      `The credential was encrypted with key ${keyId}, which is not configured.`,
    );
  });

  it("decrypts with a previous key after rotation and encrypts with the new one", () => {
    const old = randomBytes(32);
    const stored = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys: keysOf(old) });
    const rotated = keysOf(randomBytes(32), old);
    expect(decryptCredential({ ...stored, aad: AAD, keys: rotated })).toBe(PLAINTEXT);
    expect(encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys: rotated }).keyId).not.toBe(stored.keyId);
  });

  it("accepts a Uint8Array view as stored by the database driver", () => {
    const { keyId, ciphertext } = encryptCredential({ plaintext: PLAINTEXT, aad: AAD, keys });
    const padded = new Uint8Array(ciphertext.length + 8);
    padded.set(ciphertext, 8);
    expect(decryptCredential({ keyId, ciphertext: padded.subarray(8), aad: AAD, keys })).toBe(PLAINTEXT);
  });
});
