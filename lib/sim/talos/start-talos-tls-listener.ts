import { constants as cryptoConstants, X509Certificate } from "node:crypto";
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { verifyTalosClientCertificate } from "./verify-talos-client-certificate";

export interface TalosTlsListener {
  port: number;
  /** Roles of the admitted connection from `peer` ("ip:port"), if any. */
  rolesOf(peer: string): ReadonlySet<string> | undefined;
  close(): Promise<void>;
}

/**
 * apid's TLS front: TLS 1.2+ with ALPN h2, session tickets off, a client certificate required and
 * verified here (CA, validity, EKU exactly clientAuth) before the HTTP/2 connection is handed to
 * the gRPC server.
 *
 * // Note: Go's apid rejects a bad client certificate during the handshake with a TLS alert. Node
 * // offers no hook to do that, so the connection is closed right after the handshake instead; a
 * // client sees the same gRPC outcome (Unavailable, no HTTP/2 settings ever received).
 */
export async function startTalosTlsListener({
  host,
  port,
  certPem,
  keyPem,
  acceptedCaPems,
  inject,
}: {
  host: string;
  port: number;
  certPem: string;
  keyPem: string;
  acceptedCaPems: string[];
  inject: (connection: Duplex) => void;
}): Promise<TalosTlsListener> {
  const acceptedCas = acceptedCaPems.map((pem) => new X509Certificate(pem));
  const rolesByPeer = new Map<string, ReadonlySet<string>>();
  const sockets = new Set<tls.TLSSocket>();
  // Note: no `ca` option: OpenSSL would otherwise also send the CA in the server's chain, which
  // apid does not; client verification is done below against `acceptedCas`.
  const server = tls.createServer(
    {
      cert: certPem,
      key: keyPem,
      requestCert: true,
      rejectUnauthorized: false,
      ALPNProtocols: ["h2"],
      minVersion: "TLSv1.2",
      secureOptions: cryptoConstants.SSL_OP_NO_TICKET,
    },
    (socket) => {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => sockets.delete(socket));
      const verdict = verifyTalosClientCertificate({ certificate: socket.getPeerX509Certificate(), acceptedCas });
      if (!verdict.ok) {
        socket.destroy();
        return;
      }
      const peer = `${socket.remoteAddress}:${socket.remotePort}`;
      rolesByPeer.set(peer, verdict.roles);
      socket.on("close", () => rolesByPeer.delete(peer));
      inject(socket);
    },
  );
  server.on("tlsClientError", () => undefined);
  const boundPort = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
  return {
    port: boundPort,
    rolesOf: (peer) => rolesByPeer.get(peer),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
