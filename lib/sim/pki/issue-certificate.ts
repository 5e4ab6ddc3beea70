import { isIP } from "node:net";
import { toCertPem } from "./create-certificate-authority";
import { createKeyPair } from "./create-key-pair";
import { x509 } from "./load-x509";
import type { CertificateAuthority, CertificateUsage, IssuedCertificate, KeyAlgorithm, SimKeyPair } from "./pki-types";
import { signCertificate } from "./sign-certificate";

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export interface IssueCertificateOptions {
  issuer: CertificateAuthority;
  commonName: string;
  /** Subject O values: Kubernetes groups for client certificates, the Talos role (`os:reader`). */
  organization?: string[];
  algorithm: KeyAlgorithm;
  usage: CertificateUsage;
  dnsNames?: string[];
  ipAddresses?: string[];
  /** Default: five minutes ago. */
  notBefore?: Date;
  /** Default: one year after now. */
  notAfter?: Date;
  /** Reuse an existing key (same algorithm), e.g. to issue an expired twin of a certificate. */
  keyPair?: SimKeyPair;
  /** Derive the key deterministically from this seed (see createKeyPair); ignored with `keyPair`. */
  keySeed?: string;
}

/**
 * Issues a leaf certificate signed by `issuer`.
 *
 * // Note: extended key usage is exactly one purpose, serverAuth for "server" and clientAuth for
 * // "client". Talos' apid rejects client certificates that carry anything else, and a real
 * // kube-apiserver serving certificate never has clientAuth.
 *
 * keyUsage is digitalSignature only (critical): ECDSA and Ed25519 keys never encipher keys, so
 * keyEncipherment, which Go adds for RSA, would be wrong here. SANs carry `dnsNames` and
 * `ipAddresses`; an authority key identifier points at the issuer's key.
 */
export async function issueCertificate(options: IssueCertificateOptions): Promise<IssuedCertificate> {
  const { issuer, commonName, algorithm, usage } = options;
  const organization = options.organization ?? [];
  const keyPair = options.keyPair ?? (await createKeyPair({ algorithm, seed: options.keySeed }));
  if (keyPair.algorithm !== algorithm) throw new Error(`keyPair is ${keyPair.algorithm}, expected ${algorithm}`);
  const notAfter = options.notAfter ?? new Date(Date.now() + ONE_YEAR_MS);
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension(
      [usage === "server" ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth],
      false,
    ),
    await authorityKeyIdentifierOf(issuer),
  ];
  const alternativeNames = buildAlternativeNames(options.dnsNames ?? [], options.ipAddresses ?? []);
  if (alternativeNames.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(alternativeNames, false));
  const certificate = await signCertificate({
    commonName,
    organization,
    subjectKeys: keyPair,
    issuer,
    notBefore: options.notBefore,
    notAfter,
    extensions,
  });
  return {
    certPem: toCertPem(certificate),
    keyPem: keyPair.keyPem,
    algorithm,
    keyPair,
    commonName,
    organization,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    certificate,
  };
}

// Exporting and hashing the issuer key costs about a millisecond; a CA signs many certificates.
const authorityKeyIdentifiers = new WeakMap<CertificateAuthority, Promise<x509.AuthorityKeyIdentifierExtension>>();

function authorityKeyIdentifierOf(issuer: CertificateAuthority): Promise<x509.AuthorityKeyIdentifierExtension> {
  let extension = authorityKeyIdentifiers.get(issuer);
  if (!extension) {
    extension = x509.AuthorityKeyIdentifierExtension.create(issuer.keyPair.publicKey);
    authorityKeyIdentifiers.set(issuer, extension);
  }
  return extension;
}

function buildAlternativeNames(dnsNames: string[], ipAddresses: string[]): x509.JsonGeneralName[] {
  for (const ip of ipAddresses) {
    if (isIP(ip) === 0) throw new Error(`not an IP address: ${ip}`);
  }
  return [
    ...dnsNames.map((value) => ({ type: "dns" as const, value })),
    ...ipAddresses.map((value) => ({ type: "ip" as const, value })),
  ];
}
