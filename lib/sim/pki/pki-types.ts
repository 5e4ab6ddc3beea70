import type { x509 } from "./load-x509";

/** Key algorithms the simulator issues: ECDSA for Kubernetes, Ed25519 for Talos. */
export type KeyAlgorithm = "ed25519" | "ecdsa-p256";

/** A WebCrypto key pair together with its PKCS#8 PEM (label `PRIVATE KEY`). */
export interface SimKeyPair {
  algorithm: KeyAlgorithm;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** PKCS#8, PEM label `PRIVATE KEY`; Node `tls`, grpc-js, Go and kubectl all read it. */
  keyPem: string;
}

/** A certificate and its private key, ready for `tls.createSecureContext` or a kubeconfig. */
export interface IssuedCertificate {
  /** PEM, label `CERTIFICATE`, LF line endings, trailing newline. */
  certPem: string;
  /** PKCS#8 PEM, label `PRIVATE KEY`. */
  keyPem: string;
  algorithm: KeyAlgorithm;
  keyPair: SimKeyPair;
  commonName: string;
  organization: string[];
  /** Hexadecimal, positive. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** The parsed certificate, e.g. for AuthorityKeyIdentifier or chain checks. */
  certificate: x509.X509Certificate;
}

/** A self-signed CA that can sign further certificates with `issueCertificate`. */
export interface CertificateAuthority extends IssuedCertificate {
  isCertificateAuthority: true;
}

export type CertificateUsage = "server" | "client";
