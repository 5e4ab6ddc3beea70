/**
 * Talos writes Ed25519 client keys as PKCS#8 DER under the PEM label `ED25519 PRIVATE KEY`, which
 * OpenSSL (and so Node and grpc-js) refuses. The DER inside is already PKCS#8, so relabelling it
 * `PRIVATE KEY` is all that is needed. Other labels pass through unchanged.
 */
export function normalizeTalosPrivateKey(keyPem: string): string {
  return keyPem
    .replace(/-----BEGIN ED25519 PRIVATE KEY-----/g, "-----BEGIN PRIVATE KEY-----")
    .replace(/-----END ED25519 PRIVATE KEY-----/g, "-----END PRIVATE KEY-----");
}
