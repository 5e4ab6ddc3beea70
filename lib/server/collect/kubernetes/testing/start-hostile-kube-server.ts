import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { createKubeconfig } from "@/lib/sim/kube/create-kubeconfig";
import { createCertificateAuthority, issueCertificate } from "@/lib/sim/pki";
import { BUILTIN_RESOURCES } from "../kube-resource-plan";

export type HostileHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  /** The connection served an earlier request (keep-alive). */
  isReusedSocket: boolean,
) => void;

export interface HostileKubeServer {
  kubeconfig: string;
  /** Paths requested, with their query. */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * A real HTTPS server that speaks just enough Kubernetes (version, aggregated discovery of the
 * built-ins, empty lists) for the collector to run, except on the paths in `routes`, which answer
 * whatever a broken or hostile server would. The simulator is faithful; this one lies.
 */
export async function startHostileKubeServer({
  routes,
}: {
  routes: Record<string, HostileHandler>;
}): Promise<HostileKubeServer> {
  const ca = await createCertificateAuthority({ commonName: "hostile-ca", algorithm: "ecdsa-p256" });
  const serving = await issueCertificate({
    issuer: ca,
    commonName: "hostile",
    algorithm: "ecdsa-p256",
    usage: "server",
    ipAddresses: ["127.0.0.1"],
  });
  const requests: string[] = [];
  const usedSockets = new WeakSet<object>();
  const server = https.createServer({ key: serving.keyPem, cert: serving.certPem }, (request, response) => {
    const url = new URL(request.url ?? "/", "https://hostile.invalid");
    requests.push(`${url.pathname}${url.search}`);
    const isReusedSocket = usedSockets.has(request.socket);
    usedSockets.add(request.socket);
    const route = routes[url.pathname];
    if (route) return route(request, response, isReusedSocket);
    const json = (body: unknown) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === "/version")
      return json({ gitVersion: "v1.33.4", major: "1", minor: "33", platform: "linux/amd64" });
    if (url.pathname === "/api") return json(discovery(true));
    if (url.pathname === "/apis") return json(discovery(false));
    const isMetadata = (request.headers.accept ?? "").includes("as=PartialObjectMetadataList");
    json({
      kind: isMetadata ? "PartialObjectMetadataList" : "List",
      apiVersion: "v1",
      metadata: { resourceVersion: "7" },
      items: [],
    });
  });
  server.on("tlsClientError", () => undefined);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const kubeconfig = createKubeconfig({
    clusterName: "hostile",
    server: `https://127.0.0.1:${port}`,
    caCertPem: ca.certPem,
    userName: "lotse",
    credentials: { token: "not-checked" },
    contextName: "hostile",
  });
  return {
    kubeconfig,
    requests,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function discovery(isCore: boolean) {
  const groups = [...new Set(BUILTIN_RESOURCES.map((resource) => resource.group))].filter(
    (group) => (group === "") === isCore,
  );
  return {
    kind: "APIGroupDiscoveryList",
    apiVersion: "apidiscovery.k8s.io/v2",
    metadata: {},
    items: groups.map((group) => ({
      metadata: group === "" ? {} : { name: group },
      versions: [
        {
          version: "v1",
          resources: BUILTIN_RESOURCES.filter((resource) => resource.group === group).map((resource) => ({
            resource: resource.resource,
            responseKind: { group, version: "v1", kind: resource.kind },
            scope: resource.isNamespaced ? "Namespaced" : "Cluster",
            verbs: resource.verbs,
          })),
        },
      ],
    })),
  };
}
