import https from "node:https";
import { KubeConfig } from "@kubernetes/client-node";

/** How to reach one cluster: its server, TLS material and credentials, and one keep-alive agent. */
export interface KubeTransport {
  /** The API server origin, e.g. https://10.0.0.1:6443 (a path prefix is kept). */
  server: URL;
  /** TLS and auth options for `https.request` (ca, cert, key, Authorization header…). */
  requestOptions: https.RequestOptions;
  agent: https.Agent;
  authKind: "client-certificate" | "token" | "basic" | "none";
  /** The client certificate PEM, to name the identity without asking the server. */
  clientCertificatePem: string | null;
  /** Closes every socket of the agent. */
  close: () => void;
}

/**
 * Builds the transport for a kubeconfig's current context. Credentials and TLS come from
 * client-node's KubeConfig (`applyToHTTPSOptions`); the agent is our own keep-alive agent, so the
 * collector owns connection reuse and closes every socket when the run ends.
 *
 * Throws when the kubeconfig has no usable current context.
 */
export async function createKubeTransport({
  kubeconfig,
  maxSockets,
}: {
  /** Normalized YAML, credentials embedded (validated at upload: no exec, auth-provider or file paths). */
  kubeconfig: string;
  maxSockets: number;
}): Promise<KubeTransport> {
  const config = new KubeConfig();
  config.loadFromString(kubeconfig);
  const cluster = config.getCurrentCluster();
  const user = config.getCurrentUser();
  if (!cluster) throw new Error("the kubeconfig has no current cluster");
  if (cluster.proxyUrl) throw new Error("kubeconfigs with a proxy-url are not supported");
  const requestOptions: https.RequestOptions = { headers: {} };
  await config.applyToHTTPSOptions(requestOptions);
  // applyToHTTPSOptions also creates client-node's own (cached, non keep-alive) agent: unused.
  const { agent: _unused, ...options } = requestOptions;
  const agent = new https.Agent({
    keepAlive: true,
    maxSockets,
    ca: options.ca,
    cert: options.cert,
    key: options.key,
    servername: options.servername,
    ...(options.rejectUnauthorized === undefined ? {} : { rejectUnauthorized: options.rejectUnauthorized }),
  });
  const headers = (options.headers ?? {}) as Record<string, unknown>;
  const hasCertificate = Boolean(options.cert && options.key);
  const authKind = hasCertificate
    ? "client-certificate"
    : typeof headers.Authorization === "string"
      ? "token"
      : user?.username
        ? "basic"
        : "none";
  const certificate = options.cert;
  return {
    server: new URL(cluster.server),
    requestOptions: options,
    agent,
    authKind,
    clientCertificatePem: hasCertificate && certificate ? certificate.toString() : null,
    close: () => agent.destroy(),
  };
}
