import { once } from "node:events";
import net, { type AddressInfo } from "node:net";

/**
 * A port where nothing listens, so connections are refused: binds an ephemeral port and releases
 * it. Another process could take it later; for a simulator on loopback that is acceptable.
 */
export async function reserveClosedPort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
