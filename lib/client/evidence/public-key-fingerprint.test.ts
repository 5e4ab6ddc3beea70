import { createHash, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { groupFingerprint, publicKeyDer, publicKeyFingerprint } from "./public-key-fingerprint";

describe("publicKeyFingerprint", () => {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const der = publicKey.export({ type: "spki", format: "der" });

  it("is the SHA-256 of the DER key, as `openssl pkey -outform DER | sha256sum` prints it", async () => {
    expect(await publicKeyFingerprint(pem)).toBe(createHash("sha256").update(der).digest("hex"));
  });

  it("reads keys with CRLF line ends and refuses text that is not a public key", async () => {
    expect(publicKeyDer(pem.replace(/\n/g, "\r\n"))).toEqual(new Uint8Array(der));
    // A private key (made here, never committed) is not a public key.
    expect(await publicKeyFingerprint(privateKey.export({ type: "pkcs8", format: "pem" }).toString())).toBeNull();
    expect(await publicKeyFingerprint("-----BEGIN PUBLIC KEY-----\n%%%\n-----END PUBLIC KEY-----")).toBeNull();
  });

  it("groups hex digits in fours", () => {
    expect(groupFingerprint("0123456789abcdef01")).toBe("0123 4567 89ab cdef 01");
  });
});
