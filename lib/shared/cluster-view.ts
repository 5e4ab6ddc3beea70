import type { ClusterEnvironment } from "./cluster-schemas";
import type { RunStatusView } from "./run-view";

export interface CertificateView {
  subject: string;
  commonName?: string;
  organizations: string[];
  issuer: string;
  notBefore: string;
  notAfter: string;
  keyAlgorithm: string;
  fingerprintSha256: string;
}

/** How current the cluster's data is: STALE after twice its schedule without a successful run. */
export interface ClusterCollectionView {
  freshness: "fresh" | "stale" | "never";
  /** When the last run that read the cluster (succeeded or partial) finished. */
  lastSuccessAt: string | null;
  lastRun: { id: string; status: RunStatusView; queuedAt: string; finishedAt: string | null } | null;
}

/** What every role may see of a cluster. */
export interface ClusterSummaryView {
  id: string;
  name: string;
  environment: ClusterEnvironment;
  site: string | null;
  labels: Record<string, string>;
  schedule: string;
  createdAt: string;
  updatedAt: string;
  collection: ClusterCollectionView;
}

/** Credential metadata (never key material): admin, engineer and auditor only. */
export interface ClusterView extends ClusterSummaryView {
  kubernetes: {
    server: string;
    context: string;
    contexts: string[];
    authKind: "client-certificate" | "token";
    clientCertificate?: CertificateView;
    certificateAuthority?: CertificateView[];
  };
  talos: {
    endpoints: string[];
    nodes: string[];
    context: string;
    contexts: string[];
    roles: string[];
    clientCertificate: CertificateView;
    certificateAuthority: CertificateView[];
    warnings?: string[];
  } | null;
  /** Earliest expiry among the client certificates, ISO; null for token-only credentials. */
  credentialsExpireAt: string | null;
}

export type ProbeOutcome =
  { ok: true; version: string; detail?: string } | { ok: false; kind: string; message: string };

export type ConnectionProbe = ProbeOutcome & { durationMs: number };

export interface ConnectionTestView {
  kubernetes: ConnectionProbe;
  talos: ConnectionProbe | null;
}
