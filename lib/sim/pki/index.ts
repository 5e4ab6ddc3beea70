// X.509 for the fleet simulator: CAs and leaf certificates for the Kubernetes and Talos API servers
// and the kubeconfigs / talosconfigs written for them.
export { createCertificateAuthority, type CreateCertificateAuthorityOptions } from "./create-certificate-authority";
export { createKeyPair } from "./create-key-pair";
export { encodePem } from "./encode-pem";
export { issueCertificate, type IssueCertificateOptions } from "./issue-certificate";
export { relabelPem } from "./relabel-pem";
export type { CertificateAuthority, CertificateUsage, IssuedCertificate, KeyAlgorithm, SimKeyPair } from "./pki-types";
