/**
 * Talos (siderolabs/crypto) writes Ed25519 keys as PKCS#8 DER under the PEM label
 * `ED25519 PRIVATE KEY`, which OpenSSL and so Node refuse. The DER is already PKCS#8, so the
 * label `PRIVATE KEY` is all it needs. Other labels pass through unchanged.
 */
export function relabelEd25519Key({ pem }: { pem: string }): string {
  return pem
    .replace(/-----BEGIN ED25519 PRIVATE KEY-----/g, "-----BEGIN PRIVATE KEY-----")
    .replace(/-----END ED25519 PRIVATE KEY-----/g, "-----END PRIVATE KEY-----");
}
