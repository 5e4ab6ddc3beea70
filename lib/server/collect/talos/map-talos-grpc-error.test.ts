import { Metadata, status, type ServiceError } from "@grpc/grpc-js";
import { describe, expect, it } from "vitest";
import { mapTalosGrpcError } from "./map-talos-grpc-error";

const context = { endpoint: "127.0.0.1:50000", node: "10.5.0.3", timeoutMs: 3000 };

function grpcError(code: status, details: string): ServiceError {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: new Metadata() });
}

const map = (code: status, details: string) => mapTalosGrpcError({ error: grpcError(code, details), context });

describe("mapTalosGrpcError", () => {
  it("maps gRPC codes to the small kind set", () => {
    expect(map(status.PERMISSION_DENIED, "not authorized").error.kind).toBe("forbidden");
    expect(map(status.NOT_FOUND, "resource x doesn't exist").error.kind).toBe("not-found");
    expect(map(status.UNAUTHENTICATED, "no cert").error.kind).toBe("unauthorized");
    expect(map(status.INVALID_ARGUMENT, "node metadata must be single-valued").error).toMatchObject({
      kind: "invalid-response",
      message:
        "the Talos API refused the request on node 10.5.0.3: INVALID_ARGUMENT: node metadata must be single-valued",
    });
    expect(
      map(status.DEADLINE_EXCEEDED, "Deadline exceeded after 3.001s,name resolution: 0.001s,Waiting for LB pick").error
        .message,
    ).toBe("deadline exceeded after 3000 ms while connecting to 127.0.0.1:50000");
  });

  it("tells server-certificate problems (tls) from rejected client certificates (unauthorized)", () => {
    const local = (text: string) =>
      map(status.UNAVAILABLE, `No connection established. Last error: Error: ${text}. Resolution note: `).error;
    expect(local("self-signed certificate in certificate chain")).toMatchObject({
      kind: "tls",
      message: "TLS: server certificate is not signed by the talosconfig CA",
    });
    expect(local("unable to verify the first certificate")).toMatchObject({ kind: "tls" });
    expect(local("certificate has expired")).toMatchObject({
      kind: "tls",
      message: "TLS: the server certificate has expired",
    });
    expect(local("error:0A000415:SSL routines::sslv3 alert certificate expired")).toMatchObject({
      kind: "unauthorized",
      message: "TLS: the server rejected the client certificate: certificate expired",
    });
    expect(local("error:0A000412:SSL routines::sslv3 alert bad certificate")).toMatchObject({ kind: "unauthorized" });
    expect(local("connect ECONNREFUSED 127.0.0.1:50000")).toMatchObject({
      kind: "unreachable",
      message: "connection refused (127.0.0.1:50000)",
    });
  });

  it("asks for a diagnosis when grpc-js hides the cause", () => {
    const result = map(
      status.UNAVAILABLE,
      "No connection established. Last error: Failed to connect (2026-11-22T23:04:16.145Z). Resolution note: ",
    );
    expect(result.needsDiagnosis).toBe(true);
    expect(result.error.kind).toBe("unreachable");
  });

  it("reports apid's proxy failures as the routed node being unreachable", () => {
    const result = map(
      status.UNAVAILABLE,
      'connection error: desc = "transport: Error while dialing: dial tcp 10.5.0.3:50000: connect: no route to host"',
    );
    expect(result.needsDiagnosis).toBe(false);
    expect(result.error.message).toMatch(
      /^node 10\.5\.0\.3 is unreachable through 127\.0\.0\.1:50000: connection error/,
    );
  });
});
