// Test fixtures only: a talosconfig as Talos writes it (Ed25519, `ED25519 PRIVATE KEY` label).
import { base64, CLIENT_AUTH, createTestCertificate, toTalosKeyLabel, type TestCertificate } from "./create-test-pki";

export interface TalosPki {
  ca: TestCertificate;
  client: TestCertificate;
  /** The client key with Talos' label. */
  keyPem: string;
}

export async function createTalosPki({
  roles = ["os:reader"],
  extendedKeyUsages = [CLIENT_AUTH],
  notAfter,
}: { roles?: string[]; extendedKeyUsages?: string[]; notAfter?: Date } = {}): Promise<TalosPki> {
  const ca = await createTestCertificate({
    algorithm: "ed25519",
    commonName: "talos",
    organizations: ["talos"],
    isCa: true,
  });
  const client = await createTestCertificate({
    algorithm: "ed25519",
    commonName: "lotse",
    organizations: roles,
    issuer: ca,
    extendedKeyUsages,
    notAfter,
  });
  return { ca, client, keyPem: toTalosKeyLabel(client.keyPem) };
}

export interface TestTalosconfig {
  context?: string;
  contexts: Record<string, Record<string, unknown>>;
}

/** A talosconfig with one context `prod` (current) per the reference format. */
export function buildTestTalosconfig({
  pki,
  endpoints = ["10.0.0.10", "10.0.0.11:50000"],
  nodes = ["10.0.0.10"],
}: {
  pki: TalosPki;
  endpoints?: string[];
  nodes?: string[];
}): TestTalosconfig {
  return {
    context: "prod",
    contexts: {
      prod: { endpoints, nodes, ca: base64(pki.ca.certPem), crt: base64(pki.client.certPem), key: base64(pki.keyPem) },
    },
  };
}
