// Certificates from this package must work where the simulator uses them: Node `tls` (the
// Kubernetes API server) and grpc-js (the Talos API server), both with client-certificate auth.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import * as grpc from "@grpc/grpc-js";
import { describe, expect, it } from "vitest";
import { createCertificateAuthority } from "./create-certificate-authority";
import { issueCertificate } from "./issue-certificate";
import type { CertificateAuthority, IssuedCertificate, KeyAlgorithm } from "./pki-types";

interface Pki {
  ca: CertificateAuthority;
  server: IssuedCertificate;
  client: IssuedCertificate;
}

async function createPki(algorithm: KeyAlgorithm): Promise<Pki> {
  const ca = await createCertificateAuthority({ commonName: "test-ca", algorithm });
  const [server, client] = await Promise.all([
    issueCertificate({
      issuer: ca,
      commonName: "server",
      algorithm,
      usage: "server",
      dnsNames: ["localhost"],
      ipAddresses: ["127.0.0.1"],
    }),
    issueCertificate({ issuer: ca, commonName: "alice", organization: ["os:reader"], algorithm, usage: "client" }),
  ]);
  return { ca, server, client };
}

interface HandshakeResult {
  /** What the server saw, echoed back to the client. */
  peer: string;
  protocol: string | null;
}

/**
 * Handshakes once. The server decides on the client certificate itself (rejectUnauthorized off),
 * as the simulated kube-apiserver does, and echoes `CN authorized|authorizationError`.
 */
async function handshake(pki: Pki, clientCert: IssuedCertificate): Promise<HandshakeResult> {
  const server = tls.createServer({
    key: pki.server.keyPem,
    cert: pki.server.certPem,
    ca: pki.ca.certPem,
    requestCert: true,
    rejectUnauthorized: false,
  });
  server.on("secureConnection", (socket) => {
    const verdict = socket.authorized ? "authorized" : String(socket.authorizationError);
    socket.end(`${String(socket.getPeerCertificate().subject.CN)} ${verdict}`);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<HandshakeResult>((resolve, reject) => {
      const socket = tls.connect({
        host: "127.0.0.1",
        port,
        servername: "localhost",
        ca: pki.ca.certPem,
        cert: clientCert.certPem,
        key: clientCert.keyPem,
        minVersion: "TLSv1.3",
      });
      let body = "";
      let protocol: string | null = null;
      socket.setEncoding("utf8");
      socket.on("secureConnect", () => (protocol = socket.getProtocol()));
      socket.on("data", (chunk: string) => (body += chunk));
      socket.on("end", () => resolve({ peer: body, protocol }));
      socket.on("error", reject);
    });
  } finally {
    server.close();
  }
}

describe.each<KeyAlgorithm>(["ed25519", "ecdsa-p256"])("TLS with %s certificates", (algorithm) => {
  it("completes a TLS 1.3 handshake with client-certificate authentication", async () => {
    const pki = await createPki(algorithm);
    await expect(handshake(pki, pki.client)).resolves.toEqual({ peer: "alice authorized", protocol: "TLSv1.3" });
  }, 10_000);

  it("rejects a client presenting a server-only certificate (EKU is enforced)", async () => {
    const pki = await createPki(algorithm);
    const result = await handshake(pki, pki.server);
    expect(result.peer).toBe("server INVALID_PURPOSE");
  }, 10_000);

  it("serves grpc-js over mutual TLS", async () => {
    const pki = await createPki(algorithm);
    const passthrough = (value: Buffer) => value;
    const service: grpc.ServiceDefinition = {
      Echo: {
        path: "/test.Echo/Echo",
        requestStream: false,
        responseStream: false,
        requestSerialize: passthrough,
        requestDeserialize: passthrough,
        responseSerialize: passthrough,
        responseDeserialize: passthrough,
      },
    };
    const server = new grpc.Server();
    server.addService(service, {
      Echo: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        const peer = call.getAuthContext().sslPeerCertificate?.subject.CN ?? "none";
        callback(null, Buffer.from(`${peer}:${call.request.toString()}`));
      },
    });
    const credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(pki.ca.certPem),
      [{ private_key: Buffer.from(pki.server.keyPem), cert_chain: Buffer.from(pki.server.certPem) }],
      true,
    );
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", credentials, (error, boundPort) => (error ? reject(error) : resolve(boundPort))),
    );
    const Client = grpc.makeGenericClientConstructor(service, "Echo");
    const client = new Client(
      `127.0.0.1:${port}`,
      grpc.credentials.createSsl(
        Buffer.from(pki.ca.certPem),
        Buffer.from(pki.client.keyPem),
        Buffer.from(pki.client.certPem),
      ),
      { "grpc.ssl_target_name_override": "localhost" },
    );
    try {
      const reply = await new Promise<Buffer>((resolve, reject) =>
        client.makeUnaryRequest<Buffer, Buffer>(
          "/test.Echo/Echo",
          passthrough,
          passthrough,
          Buffer.from("ping"),
          { deadline: Date.now() + 5_000 },
          (error, value) => (error || !value ? reject(error ?? new Error("empty reply")) : resolve(value)),
        ),
      );
      expect(reply.toString()).toBe("alice:ping");
    } finally {
      client.close();
      server.forceShutdown();
    }
  }, 10_000);
});
