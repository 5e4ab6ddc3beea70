import https from "node:https";
import { parse } from "yaml";

// A raw HTTPS client for the simulator's tests: speaks to a server exactly as a kubeconfig
// says (CA, client certificate or token), with a hard deadline, and returns status, headers and
// body untouched, so tests can assert on the wire format itself.

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => Record<string, unknown>;
}

interface KubeconfigCredentials {
  server: string;
  ca?: string;
  cert?: string;
  key?: string;
  token?: string;
}

/** Server, CA and credentials of a kubeconfig's current context (embedded data only). */
export function readKubeconfig({ kubeconfig }: { kubeconfig: string }): KubeconfigCredentials {
  const config = parse(kubeconfig) as {
    clusters: { cluster: { server: string; "certificate-authority-data"?: string } }[];
    users: { user: { "client-certificate-data"?: string; "client-key-data"?: string; token?: string } }[];
  };
  const cluster = config.clusters[0]?.cluster;
  const user = config.users[0]?.user ?? {};
  if (!cluster) throw new Error("kubeconfig without a cluster");
  const decode = (data: string | undefined) => (data ? Buffer.from(data, "base64").toString("utf8") : undefined);
  return {
    server: cluster.server,
    ca: decode(cluster["certificate-authority-data"]),
    cert: decode(user["client-certificate-data"]),
    key: decode(user["client-key-data"]),
    token: user.token,
  };
}

export async function requestKube({
  kubeconfig,
  path,
  method = "GET",
  accept,
  body,
  timeoutMs = 5_000,
  anonymous = false,
}: {
  kubeconfig: string;
  path: string;
  method?: string;
  accept?: string;
  body?: string;
  timeoutMs?: number;
  /** Keep the CA but send no client certificate and no token. */
  anonymous?: boolean;
}): Promise<RawResponse> {
  const credentials = readKubeconfig({ kubeconfig });
  const url = new URL(path, credentials.server);
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      {
        method,
        ca: credentials.ca,
        cert: anonymous ? undefined : credentials.cert,
        key: anonymous ? undefined : credentials.key,
        headers: {
          ...(accept ? { Accept: accept } : {}),
          ...(credentials.token && !anonymous ? { Authorization: `Bearer ${credentials.token}` } : {}),
          ...(body ? { "Content-Type": "application/json" } : {}),
        },
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text,
            json: () => JSON.parse(text) as Record<string, unknown>,
          });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
