import { createKeyPair } from "./create-key-pair";
import { x509 } from "./load-x509";
import type { CertificateAuthority, KeyAlgorithm, SimKeyPair } from "./pki-types";
import { signCertificate } from "./sign-certificate";

const TEN_YEARS_MS = 10 * 365 * 24 * 60 * 60 * 1000;

export interface CreateCertificateAuthorityOptions {
  commonName: string;
  organization?: string;
  algorithm: KeyAlgorithm;
  /** Default: five minutes ago. */
  notBefore?: Date;
  /** Default: ten years after now (kubeadm's and Talos' CA lifetime). */
  notAfter?: Date;
  /** Reuse an existing key (same algorithm) instead of creating one. */
  keyPair?: SimKeyPair;
  /** Derive the key deterministically from this seed (see createKeyPair); ignored with `keyPair`. */
  keySeed?: string;
}

/**
 * Creates a self-signed CA certificate as kubeadm and Talos do: basicConstraints CA:TRUE
 * (critical), keyUsage digitalSignature + keyCertSign + cRLSign (critical), and a subject key
 * identifier so issued certificates can carry a matching authority key identifier.
 */
export async function createCertificateAuthority(
  options: CreateCertificateAuthorityOptions,
): Promise<CertificateAuthority> {
  const { commonName, organization, algorithm } = options;
  const keyPair = options.keyPair ?? (await createKeyPair({ algorithm, seed: options.keySeed }));
  if (keyPair.algorithm !== algorithm) throw new Error(`keyPair is ${keyPair.algorithm}, expected ${algorithm}`);
  const organizations = organization === undefined ? [] : [organization];
  const notAfter = options.notAfter ?? new Date(Date.now() + TEN_YEARS_MS);
  const certificate = await signCertificate({
    commonName,
    organization: organizations,
    subjectKeys: keyPair,
    notBefore: options.notBefore,
    notAfter,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keyPair.publicKey),
    ],
  });
  return {
    isCertificateAuthority: true,
    certPem: toCertPem(certificate),
    keyPem: keyPair.keyPem,
    algorithm,
    keyPair,
    commonName,
    organization: organizations,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    certificate,
  };
}

/** PEM with LF endings and a trailing newline, whatever the library's own line style. */
export function toCertPem(certificate: x509.X509Certificate): string {
  return `${certificate.toString("pem").replace(/\r\n/g, "\n").trimEnd()}\n`;
}
