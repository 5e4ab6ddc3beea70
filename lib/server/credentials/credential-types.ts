/** Safe facts about one X.509 certificate: no key material. */
export interface CertificateSummary {
  /** RFC 4514-style, e.g. `CN=admin, O=system:masters`. */
  subject: string;
  commonName?: string;
  organizations: string[];
  issuer: string;
  /** ISO 8601. */
  notBefore: string;
  /** ISO 8601. */
  notAfter: string;
  /** e.g. `RSA 2048`, `ECDSA P-256`, `Ed25519`. */
  keyAlgorithm: string;
  /** SHA-256 of the DER, upper-case hex pairs joined by colons (as openssl prints it). */
  fingerprintSha256: string;
}

/** What may be stored and shown about a kubeconfig: never a key, token or PEM. */
export interface KubeconfigInfo {
  server: string;
  context: string;
  /** Every context name in the uploaded file. */
  contexts: string[];
  authKind: "client-certificate" | "token";
  clientCertificate?: CertificateSummary;
  certificateAuthority?: CertificateSummary[];
  tlsServerName?: string;
  /** Facts worth showing that do not block the upload (e.g. an expired client certificate). */
  warnings?: string[];
}

export interface ParsedKubeconfig {
  context: string;
  contexts: string[];
  server: string;
  /** YAML kubeconfig with only the chosen context, its cluster and user; current-context set. */
  normalized: string;
  info: KubeconfigInfo;
}

/** The chosen context of a normalized kubeconfig, decoded (PEM text, not base64). */
export interface KubeconfigMaterial {
  context: string;
  server: string;
  tlsServerName?: string;
  /** PEM of the accepted CAs; absent = the system trust store. */
  ca?: string;
  /** Client certificate PEM (may include intermediates after the leaf). */
  cert?: string;
  /** Client key PEM with a label Node accepts. */
  key?: string;
  token?: string;
  namespace?: string;
}

/** What may be stored and shown about a talosconfig: never a key or PEM. */
export interface TalosconfigInfo {
  context: string;
  contexts: string[];
  endpoints: string[];
  nodes: string[];
  /** The client certificate's Subject Organization values: Talos reads roles from them. */
  roles: string[];
  clientCertificate: CertificateSummary;
  certificateAuthority: CertificateSummary[];
  /** Facts that do not block the upload but will likely break or weaken collection. */
  warnings?: string[];
}

/** One talosconfig context, decoded for the Talos client. */
export interface TalosContextMaterial {
  endpoints: string[];
  nodes: string[];
  /** PEM, possibly several CERTIFICATE blocks. */
  ca: string;
  /** PEM. */
  crt: string;
  /** PEM, label kept as in the file (Talos writes `ED25519 PRIVATE KEY`). */
  key: string;
}

export interface ParsedTalosconfig {
  context: string;
  contexts: string[];
  /** YAML talosconfig with only the chosen context, which is also the current one. */
  normalized: string;
  info: TalosconfigInfo;
  material: TalosContextMaterial;
}
