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
