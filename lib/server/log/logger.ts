import pino from "pino";

// Note: credential-bearing fields are redacted by name in case one is ever logged by mistake;
// the rule remains: never pass credentials or decrypted files to the logger.
// The CLI prints its results (e.g. a new token) on stdout; its logs go to stderr.
const destination = pino.destination({ dest: process.env.LOTSE_PROCESS === "cli" ? 2 : 1, sync: true });

export const logger = pino(
  {
    level: process.env.LOTSE_LOG_LEVEL ?? "info",
    base: { service: process.env.LOTSE_PROCESS ?? "lotse" },
    redact: {
      paths: [
        "password",
        "*.password",
        "token",
        "*.token",
        "kubeconfig",
        "*.kubeconfig",
        "talosconfig",
        "*.talosconfig",
        "authorization",
        "*.authorization",
        "headers.cookie",
      ],
      censor: "[redacted]",
    },
  },
  destination,
);
