import net from "node:net";

/** A listening socket that never answers, and a way to stop it. */
export interface FaultListener {
  port: number;
  close(): Promise<void>;
}

/**
 * Tarpit: accepts TCP connections and never sends a byte, so the client's TLS handshake (and its
 * call) hang until the client's own deadline.
 */
export async function startTarpitListener({ host, port }: { host: string; port: number }): Promise<FaultListener> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  const boundPort = await listen(server, host, port);
  return {
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Refused: finds a free port and releases it, so connecting to it is refused (nothing listens).
 *
 * // Note: another process could take the port later; for tests that is as good as it gets
 * // without root, and the port is fresh from the kernel's ephemeral range.
 */
export async function reserveRefusedPort({ host }: { host: string }): Promise<number> {
  const server = net.createServer();
  const port = await listen(server, host, 0);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function listen(server: net.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
