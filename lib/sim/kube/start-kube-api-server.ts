import { createHash } from "node:crypto";
import { buildObjectStore } from "./build-object-store";
import { buildResourceRegistry } from "./build-resource-registry";
import { buildVersionInfo, parseKubernetesVersion } from "./build-version-info";
import { createKubePki, issueKubeClientCertificate } from "./create-kube-pki";
import { createKubeconfig } from "./create-kubeconfig";
import type { KubeApiServer, KubeRequestLogEntry, StartKubeApiServerOptions } from "./kube-api-server-types";
import type { KubeServerContext, ServedState } from "./kube-server-context";
import { listenTarpit } from "./listen-tarpit";
import { reserveClosedPort } from "./reserve-closed-port";
import { serveKubeHttps } from "./serve-kube-https";
import { signBearerToken } from "./sign-bearer-token";

const DEFAULT_CONTINUE_TTL_MS = 5 * 60 * 1000;
const DEFAULT_REQUEST_LOG_LIMIT = 100_000;

/**
 * Starts one simulated kube-apiserver on 127.0.0.1: HTTPS with its own CA, client-certificate
 * and bearer-token authentication, discovery (legacy and aggregated), list/get of every served
 * resource with selectors, pagination, metadata-only and table output, Status errors, the
 * kubelet configz node proxy, and the cluster's faults. See KubeApiServer for what it returns.
 *
 * Faults: `refuse` reserves a port and leaves it closed; `tarpit` holds TCP connections without
 * ever answering; both still return a working `createKubeconfig` pointing at that port.
 * `latencyMs` delays every HTTP response; `errorRate` / `throttleRate` inject 500 / 429 (see
 * decide-injected-fault.ts); `forbidden` answers 403 to every user for those resources.
 *
 * Throws when the version is malformed or two objects share a resource, namespace and name.
 */
export async function startKubeApiServer(options: StartKubeApiServerOptions): Promise<KubeApiServer> {
  const { clusterName, kubernetesVersion, seed } = options;
  const faults = options.faults ?? {};
  const { minor } = parseKubernetesVersion({ version: kubernetesVersion });
  const now = options.now ?? (() => new Date());
  const buildState = (
    objects: StartKubeApiServerOptions["objects"],
    kubeletConfigs = {},
    previousRevision?: number,
  ): ServedState => {
    const registry = buildResourceRegistry({ objects, minorVersion: minor });
    return { registry, store: buildObjectStore({ objects, registry, previousRevision }), kubeletConfigs };
  };
  const state = buildState(options.objects, options.kubeletConfigs);
  const pki = await createKubePki({ clusterName, seed, faults });
  const requestLog: KubeRequestLogEntry[] = [];
  const tokenSecret = createHash("sha256").update(`lotse-sim:kube-token:${seed}:${clusterName}`).digest();
  const context: KubeServerContext = {
    clusterName,
    seed,
    faults,
    versionJson: buildVersionInfo({ version: kubernetesVersion, platform: options.platform ?? "linux/amd64" }),
    serverAddress: "",
    tokenSecret,
    continueTokenTtlMs: options.continueTokenTtlMs ?? DEFAULT_CONTINUE_TTL_MS,
    now,
    state,
    compactedAt: Number.NEGATIVE_INFINITY,
    faultOccurrences: new Map(),
  };

  let listener: { port: number; close: () => Promise<void> };
  if (faults.refuse) {
    const port = options.port || (await reserveClosedPort());
    listener = { port, close: async () => undefined };
  } else if (faults.tarpit) {
    listener = await listenTarpit({ port: options.port ?? 0 });
  } else {
    listener = await serveKubeHttps({
      context: () => context,
      port: options.port ?? 0,
      servingCertificate: pki.serving,
      clientCaPem: pki.ca.certPem,
      latencyMs: faults.latencyMs ?? 0,
      requestLog,
      requestLogLimit: options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT,
    });
  }
  const { port } = listener;
  context.serverAddress = `127.0.0.1:${port}`;
  const url = `https://127.0.0.1:${port}`;

  return {
    clusterName,
    url,
    port,
    caCertPem: pki.ca.certPem,
    requestLog,
    async createKubeconfig({ user, groups = [], auth, expired = false, contextName, namespace }) {
      const isExpired = expired || (auth === "client-certificate" && Boolean(faults.expiredClientCert));
      let credentials: Parameters<typeof createKubeconfig>[0]["credentials"];
      if (auth === "token") {
        const expiresAt = isExpired ? new Date(now().getTime() - 60 * 60 * 1000) : undefined;
        credentials = { token: signBearerToken({ secret: tokenSecret, user, groups, expiresAt }) };
      } else {
        const certificate = await issueKubeClientCertificate({ pki, clusterName, seed, user, groups, isExpired });
        credentials = { clientCertificatePem: certificate.certPem, clientKeyPem: certificate.keyPem };
      }
      return createKubeconfig({
        clusterName,
        server: url,
        caCertPem: pki.kubeconfigCa.certPem,
        userName: `${user}@${clusterName}`,
        credentials,
        contextName: contextName ?? `${user}@${clusterName}`,
        namespace,
      });
    },
    setObjects({ objects, kubeletConfigs }) {
      context.state = buildState(
        objects,
        kubeletConfigs ?? context.state.kubeletConfigs,
        context.state.store.revision + 1,
      );
    },
    expireContinueTokens() {
      context.compactedAt = now().getTime();
    },
    close: () => listener.close(),
  };
}
