// Test fixtures only: a kubeconfig as plain data, which tests mutate into bad variants.
import { stringify } from "yaml";
import { base64, createTestCertificate, type TestCertificate, type TestKeyAlgorithm } from "./create-test-pki";

export interface TestKubeconfig {
  apiVersion?: string;
  kind?: string;
  clusters: { name: string; cluster: Record<string, unknown> }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; context: Record<string, unknown> }[];
  "current-context"?: string;
  [key: string]: unknown;
}

export interface KubePki {
  ca: TestCertificate;
  client: TestCertificate;
}

export async function createKubePki({ algorithm = "ecdsa" }: { algorithm?: TestKeyAlgorithm } = {}): Promise<KubePki> {
  const ca = await createTestCertificate({ algorithm, commonName: "kubernetes", isCa: true });
  const client = await createTestCertificate({
    algorithm,
    commonName: "lotse-reader",
    organizations: ["lotse:readers"],
    issuer: ca,
    extendedKeyUsages: ["1.3.6.1.5.5.7.3.2"],
  });
  return { ca, client };
}

/** A one-context kubeconfig (cluster `prod`, user `reader`, context `prod`) using client certificates. */
export function buildTestKubeconfig({
  pki,
  server = "https://10.0.0.1:6443",
  keyPem,
}: {
  pki: KubePki;
  server?: string;
  keyPem?: string;
}): TestKubeconfig {
  return {
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "prod", cluster: { server, "certificate-authority-data": base64(pki.ca.certPem) } }],
    users: [
      {
        name: "reader",
        user: {
          "client-certificate-data": base64(pki.client.certPem),
          "client-key-data": base64(keyPem ?? pki.client.keyPem),
        },
      },
    ],
    contexts: [{ name: "prod", context: { cluster: "prod", user: "reader" } }],
    "current-context": "prod",
  };
}

export function toYaml(document: unknown): string {
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
