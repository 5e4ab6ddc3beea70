import { once } from "node:events";
import net, { type AddressInfo, type Socket } from "node:net";

/**
 * A tarpit: accepts TCP connections and never answers, not even the TLS handshake, so only a
 * client's own deadline ends the wait. close() destroys the held sockets.
 */
export async function listenTarpit({ port }: { port: number }): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
