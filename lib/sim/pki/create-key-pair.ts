import { createECDH, createHash, createPrivateKey } from "node:crypto";
import { encodePem } from "./encode-pem";
import type { KeyAlgorithm, SimKeyPair } from "./pki-types";

// Order n of the P-256 group: a private scalar must lie in [1, n-1].
const P256_ORDER = BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
// DER prefix of a PKCS#8 Ed25519 private key (RFC 8410); the 32-byte seed follows.
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/**
 * Creates a key pair for certificates.
 *
 * Without `seed` the key is random. With `seed` it is derived deterministically from it, so a
 * simulator restarted with the same scenario seed presents the same CA keys and credentials written
 * earlier (kubeconfigs, talosconfigs stored by Lotse) keep working.
 *
 * // Note: seeded keys are predictable by design. They are for the simulator only; never use a
 * // seed for anything that protects real data.
 */
export async function createKeyPair({
  algorithm,
  seed,
}: {
  algorithm: KeyAlgorithm;
  seed?: string;
}): Promise<SimKeyPair> {
  const { privateKey, publicKey } =
    seed === undefined ? await generateRandom(algorithm) : await deriveFromSeed(algorithm, seed);
  const pkcs8 = await globalThis.crypto.subtle.exportKey("pkcs8", privateKey);
  return { algorithm, privateKey, publicKey, keyPem: encodePem({ der: pkcs8, label: "PRIVATE KEY" }) };
}

async function generateRandom(algorithm: KeyAlgorithm): Promise<CryptoKeyPair> {
  if (algorithm === "ed25519") {
    // Ed25519 generateKey always returns a pair; the DOM lib typing is the wider union.
    return (await globalThis.crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
  }
  return globalThis.crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
}

async function deriveFromSeed(algorithm: KeyAlgorithm, seed: string): Promise<CryptoKeyPair> {
  if (algorithm === "ed25519") {
    const der = Buffer.concat([ED25519_PKCS8_PREFIX, digest(`lotse-sim:ed25519:${seed}`)]);
    const jwk = createPrivateKey({ key: der, format: "der", type: "pkcs8" }).export({ format: "jwk" });
    return importJwkPair(jwk, { name: "Ed25519" });
  }
  const scalar = deriveP256Scalar(seed);
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(scalar);
  const point = ecdh.getPublicKey();
  const jwk: JsonWebKey = {
    kty: "EC",
    crv: "P-256",
    d: scalar.toString("base64url"),
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33, 65).toString("base64url"),
  };
  return importJwkPair(jwk, { name: "ECDSA", namedCurve: "P-256" });
}

function deriveP256Scalar(seed: string): Buffer {
  for (let counter = 0; ; counter += 1) {
    const candidate = digest(`lotse-sim:p256:${counter}:${seed}`);
    const value = BigInt(`0x${candidate.toString("hex")}`);
    if (value > 0n && value < P256_ORDER) return candidate;
  }
}

async function importJwkPair(jwk: JsonWebKey, algorithm: EcKeyImportParams | Algorithm): Promise<CryptoKeyPair> {
  const { d: _d, ...publicJwk } = jwk;
  const [privateKey, publicKey] = await Promise.all([
    globalThis.crypto.subtle.importKey("jwk", jwk, algorithm, true, ["sign"]),
    globalThis.crypto.subtle.importKey("jwk", publicJwk, algorithm, true, ["verify"]),
  ]);
  return { privateKey, publicKey };
}

function digest(input: string): Buffer {
  return createHash("sha256").update(input).digest();
}
