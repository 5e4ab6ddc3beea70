import { beforeAll, describe, expect, it } from "vitest";
import { createCertificateAuthority, issueCertificate, type CertificateAuthority } from "@/lib/sim/pki";
import { checkTalosCredentials } from "./check-talos-credentials";
import { normalizeTalosPrivateKey } from "./normalize-talos-private-key";

let ca: CertificateAuthority;

beforeAll(async () => {
  ca = await createCertificateAuthority({ commonName: "talos", organization: "talos", algorithm: "ed25519" });
});

const talosLabel = (pem: string) => pem.replace(/PRIVATE KEY/g, "ED25519 PRIVATE KEY");

describe("checkTalosCredentials", () => {
  it("accepts Talos' ED25519 PRIVATE KEY label by relabelling it", async () => {
    const client = await issueCertificate({
      issuer: ca,
      commonName: "admin",
      organization: ["os:admin"],
      algorithm: "ed25519",
      usage: "client",
    });
    const checked = checkTalosCredentials({ ca: ca.certPem, crt: client.certPem, key: talosLabel(client.keyPem) });
    expect(checked.keyPem).toBe(client.keyPem);
    expect(normalizeTalosPrivateKey("-----BEGIN EC PRIVATE KEY-----\nx\n-----END EC PRIVATE KEY-----")).toContain(
      "BEGIN EC PRIVATE KEY",
    );
  });

  it("refuses a server certificate used as client certificate, naming the usage", async () => {
    const server = await issueCertificate({ issuer: ca, commonName: "cp-1", algorithm: "ed25519", usage: "server" });
    expect(() => checkTalosCredentials({ ca: ca.certPem, crt: server.certPem, key: server.keyPem })).toThrow(
      "talosconfig: the client certificate's extended key usage must be exactly clientAuth (Talos refuses others), it has serverAuth",
    );
  });

  it("refuses a key that does not belong to the certificate, and unreadable material", async () => {
    const one = await issueCertificate({ issuer: ca, commonName: "a", algorithm: "ed25519", usage: "client" });
    const two = await issueCertificate({ issuer: ca, commonName: "b", algorithm: "ed25519", usage: "client" });
    expect(() => checkTalosCredentials({ ca: ca.certPem, crt: one.certPem, key: two.keyPem })).toThrow(
      /does not belong/,
    );
    expect(() => checkTalosCredentials({ ca: "garbage", crt: one.certPem, key: one.keyPem })).toThrow(
      /no CA certificate/,
    );
    expect(() => checkTalosCredentials({ ca: ca.certPem, crt: one.certPem, key: "garbage" })).toThrow(
      /client key \(key\) cannot be read/,
    );
  });
});
