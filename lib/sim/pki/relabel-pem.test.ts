import { createPrivateKey } from "node:crypto";
import { expect, it } from "vitest";
import { createKeyPair } from "./create-key-pair";
import { relabelPem } from "./relabel-pem";

it("relabels a PKCS#8 Ed25519 key for talosconfig without changing its bytes", async () => {
  const { keyPem } = await createKeyPair({ algorithm: "ed25519" });
  const relabelled = relabelPem({ pem: keyPem, label: "ED25519 PRIVATE KEY" });
  expect(relabelled).toMatch(
    /^-----BEGIN ED25519 PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ED25519 PRIVATE KEY-----\n$/,
  );
  const body = (pem: string) => pem.split("\n").slice(1, -2).join("");
  expect(body(relabelled)).toBe(body(keyPem));
  const der = Buffer.from(body(relabelled), "base64");
  expect(createPrivateKey({ key: der, format: "der", type: "pkcs8" }).asymmetricKeyType).toBe("ed25519");
  expect(() => relabelPem({ pem: "nope", label: "X" })).toThrow("not a PEM block");
});
