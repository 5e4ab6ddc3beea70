import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  LOTSE_DATA_DIR: z.string().default(".data"),
  /** Required by the web process only (sessions); the worker does not need it. */
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: optionalString,
  LOTSE_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(12),
  LOTSE_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOTSE_LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOTSE_OIDC_ISSUER: optionalString,
  LOTSE_OIDC_CLIENT_ID: optionalString,
  LOTSE_OIDC_CLIENT_SECRET: optionalString,
  LOTSE_OIDC_NAME: z.string().default("Single sign-on"),
  LOTSE_OIDC_ROLE_CLAIM: z.string().default("groups"),
  LOTSE_OIDC_ROLE_MAP: z.string().default(""),
  LOTSE_OIDC_DEFAULT_ROLE: optionalString,
  LOTSE_ALLOW_LINK_LOCAL_CLUSTERS: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((value) => value === "true"),
  /** Overall deadline of one cluster's collection; a tarpitted cluster costs no more than this. */
  LOTSE_COLLECT_DEADLINE_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  /** Deadline of one request to a cluster (connect to last byte). */
  LOTSE_COLLECT_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(15),
  /** Requests in flight to one cluster's Kubernetes API / Talos API at most. */
  LOTSE_COLLECT_KUBE_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  LOTSE_COLLECT_TALOS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  LOTSE_COLLECT_PAGE_SIZE: z.coerce.number().int().min(10).max(5000).default(500),
  /** Collections running at once across the whole fleet (all workers together). */
  LOTSE_COLLECT_FLEET_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(8),
  /** Collections one worker process runs at once (capped by the fleet-wide limit). */
  LOTSE_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
  /** A worker that stops heartbeating a job for this long is presumed dead; the job is retried elsewhere. */
  LOTSE_JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(10).max(600).default(30),
  /** How often the job queue looks for expired jobs and missed heartbeats (retrying them elsewhere). */
  LOTSE_JOB_MONITOR_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /** How often each worker looks for due schedules and lost runs. */
  LOTSE_SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  /**
   * Days of history kept (finding states closed before, evaluations, runs, rollups, unreferenced
   * snapshots); each cluster's latest evaluation and run stay. 400 = PCI DSS's 12 months plus a quarter.
   */
  LOTSE_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(30)
    .max(10 * 366)
    .default(400),
  /** Bearer secret a Prometheus scraper may send to GET /api/metrics instead of an API token. */
  LOTSE_METRICS_SECRET: optionalString.refine(
    (value) => value === undefined || /^\S{16,}$/.test(value),
    "must be at least 16 characters without spaces",
  ),
  /** Imported scanner results (kube-bench, Trivy, Kubescape) count for this many days after upload. */
  LOTSE_IMPORT_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Largest scanner result file accepted by POST /api/v1/clusters/{id}/imports. */
  LOTSE_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  LOTSE_LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validated server configuration; throws a readable error listing every bad variable. */
export function readEnv(): Env {
  if (cached) return cached;
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid Lotse configuration:\n${problems}`);
  }
  cached = result.data;
  return cached;
}

export function isOidcEnabled(env: Env = readEnv()): boolean {
  return Boolean(env.LOTSE_OIDC_ISSUER && env.LOTSE_OIDC_CLIENT_ID && env.LOTSE_OIDC_CLIENT_SECRET);
}

/** The session signing secret; the web app cannot run without it. */
export function requireAuthSecret(env: Env = readEnv()): string {
  if (!env.NEXTAUTH_SECRET)
    throw new Error("NEXTAUTH_SECRET is not set (npm start generates one into the data directory).");
  return env.NEXTAUTH_SECRET;
}
