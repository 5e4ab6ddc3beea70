import type { status } from "@grpc/grpc-js";

/** A gRPC status a simulated apid/machined answers with (code + message, as the Go servers send). */
export class TalosCallError extends Error {
  constructor(
    readonly code: status,
    message: string,
  ) {
    super(message);
    this.name = "TalosCallError";
  }
}
