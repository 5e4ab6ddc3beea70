import { createServer } from "node:net";

function listenOnce(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ host, port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Fails with a clear message when `port` is taken. Run before starting Lotse: otherwise the demo
 * could find another Lotse answering on that port and register the fleet there.
 */
export async function assertPortFree({ host, port }: { host: string; port: number }): Promise<void> {
  try {
    await listenOnce(host, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "EADDRINUSE"
        ? `port ${port} on ${host} is already in use (another Lotse?); stop it or choose another with PORT=…`
        : `cannot listen on ${host}:${port}: ${(error as Error).message}`,
    );
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function findFreePort(): Promise<number> {
  return listenOnce("127.0.0.1", 0);
}
