import type { KubeFaults, KubeObject } from "@/lib/sim/model";
import type { OutputFormat } from "./negotiate-output";

/** Kubelet configuration per node name, served at /api/v1/nodes/{name}/proxy/configz. */
export type KubeletConfigs = Record<string, Record<string, unknown>>;

export interface StartKubeApiServerOptions {
  clusterName: string;
  /** Without the "v", e.g. "1.33.4"; /version reports gitVersion "v1.33.4". */
  kubernetesVersion: string;
  /** Every object the server serves, of any kind; CRD objects among them add their resources. */
  objects: KubeObject[];
  faults?: KubeFaults;
  /** Scenario seed: derives the CA key, bearer-token key and fault decisions, so restarts agree. */
  seed: number;
  /** 0 or absent: an ephemeral port. */
  port?: number;
  /**
   * Kubelet configuration by node name (the KubeletConfiguration fields, without a wrapper).
   * The node proxy answers `{"kubeletconfig": <value>}` at .../proxy/configz for these nodes.
   */
  kubeletConfigs?: KubeletConfigs;
  /** /version `platform`; default "linux/amd64". */
  platform?: string;
  /** Continue tokens older than this answer 410 Expired (etcd compaction); default 300000 (5 min). */
  continueTokenTtlMs?: number;
  /** Clock for table ages and token expiry; default the system clock. */
  now?: () => Date;
  /** Most recent requests kept in `requestLog`; default 100000. */
  requestLogLimit?: number;
}

export interface CreateKubeconfigOptions {
  /** Kubernetes user name: the certificate CN, or the token's subject. */
  user: string;
  /** Kubernetes groups: the certificate's O values, or the token's groups claim. */
  groups?: string[];
  auth: "client-certificate" | "token";
  /** Issue an already expired credential; the server answers 401 to it. */
  expired?: boolean;
  /** Default `${user}@${clusterName}`. */
  contextName?: string;
  namespace?: string;
}

/** One request as the server saw it; tests use the log to prove what a client asked for. */
export interface KubeRequestLogEntry {
  /** ISO timestamp of arrival. */
  time: string;
  method: string;
  /** URL path without the query. */
  path: string;
  /** Raw query string without "?", "" when none. */
  query: string;
  accept: string | undefined;
  /** Authenticated user, "system:anonymous" for public paths, undefined when answered 401. */
  user: string | undefined;
  groups: string[];
  status: number;
  /**
   * What a list or get of a resource was answered as, from its Accept header: "json" (whole
   * objects), "table" (see the query's includeObject), "partial-object", "partial-object-list".
   * Absent for errors and for other paths.
   */
  output?: OutputFormat["kind"];
}

export interface KubeApiServer {
  clusterName: string;
  /** https://127.0.0.1:<port> (also for tarpit and refuse faults, where nothing answers). */
  url: string;
  port: number;
  /** PEM of the CA that signed the serving certificate (the true one, even with `wrongCa`). */
  caCertPem: string;
  /**
   * A kubeconfig (YAML, credentials embedded as base64 data) for this server. Applies the
   * cluster's faults: `expiredClientCert` makes client certificates expired, `wrongCa` embeds a
   * CA that did not sign the serving certificate.
   */
  createKubeconfig(options: CreateKubeconfigOptions): Promise<string>;
  /** Every request answered, oldest first, capped at `requestLogLimit`. Mutated in place. */
  readonly requestLog: KubeRequestLogEntry[];
  /** Replaces the served objects (posture drift); resourceVersions grow, old continue tokens expire. */
  setObjects(options: { objects: KubeObject[]; kubeletConfigs?: KubeletConfigs }): void;
  /** Emulates an etcd compaction now: every continue token issued so far answers 410 Expired. */
  expireContinueTokens(): void;
  /** Stops listening and drops open connections, including tarpitted and delayed ones. */
  close(): Promise<void>;
}
