// Test fixtures only: a kube-apiserver stand-in whose RBAC denies the credential everything,
// /version included. The simulator's `forbidden` fault covers API resources only, because a real
// apiserver lets every authenticated user read /version unless an admin removed that grant
// (system:public-info-viewer); "Test connection" must still name the 403 when it meets one.
import { once } from "node:events";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { createKubeconfig } from "@/lib/sim/kube/create-kubeconfig";
import { createCertificateAuthority, issueCertificate } from "@/lib/sim/pki";

export interface ForbiddingKubeApi {
  /** https://127.0.0.1:<port> */
  url: string;
  /** For user `lotse`, with a client certificate the server accepts (authenticated, then denied). */
  kubeconfig: string;
  close(): Promise<void>;
}

export async function startForbiddingKubeApi(): Promise<ForbiddingKubeApi> {
  const ca = await createCertificateAuthority({ commonName: "kubernetes", algorithm: "ecdsa-p256" });
  const [serving, client] = await Promise.all([
    issueCertificate({
      issuer: ca,
      commonName: "kube-apiserver",
      algorithm: "ecdsa-p256",
      usage: "server",
      ipAddresses: ["127.0.0.1"],
    }),
    issueCertificate({
      issuer: ca,
      commonName: "lotse",
      organization: ["lotse:readers"],
      algorithm: "ecdsa-p256",
      usage: "client",
    }),
  ]);
  // The handshake demands a certificate from this CA, so every answer goes to an authenticated caller.
  const server = https.createServer(
    { key: serving.keyPem, cert: serving.certPem, ca: ca.certPem, requestCert: true, rejectUnauthorized: true },
    (request, response) => {
      const path = request.url ?? "/";
      response.writeHead(403, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({
          kind: "Status",
          apiVersion: "v1",
          metadata: {},
          status: "Failure",
          message: `forbidden: User "lotse" cannot get path "${path}"`,
          reason: "Forbidden",
          details: {},
          code: 403,
        }),
      );
    },
  );
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    kubeconfig: createKubeconfig({
      clusterName: "forbidding",
      server: url,
      caCertPem: ca.certPem,
      userName: "lotse",
      credentials: { clientCertificatePem: client.certPem, clientKeyPem: client.keyPem },
      contextName: "lotse@forbidding",
    }),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
