import { CronExpressionParser } from "cron-parser";
import { z } from "zod";

// Shared by the API (validation) and the UI (form hints). Environments use the API spelling.
export const ENVIRONMENTS = ["edge", "on-prem", "cloud"] as const;
export type ClusterEnvironment = (typeof ENVIRONMENTS)[number];

export const DEFAULT_SCHEDULE = "0 * * * *";
const MAX_CREDENTIAL_CHARS = 1024 * 1024;

export const clusterNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "use 1–63 lowercase letters, digits and dashes (like a DNS label)");

// Kubernetes label rules: optional DNS prefix + name; values up to 63 characters.
const labelKey = z
  .string()
  .regex(
    /^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/,
    "invalid label key",
  );
const labelValue = z.string().regex(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/, "invalid label value");

export const labelsSchema = z
  .record(labelKey, labelValue)
  .refine((labels) => Object.keys(labels).length <= 32, "at most 32 labels");

export const scheduleSchema = z
  .string()
  .trim()
  .refine((value) => {
    if (value.split(/\s+/).length !== 5) return false;
    try {
      CronExpressionParser.parse(value, { tz: "UTC" });
      return true;
    } catch {
      return false;
    }
  }, "must be a 5-field cron expression, e.g. `0 * * * *` (hourly, UTC)");

const credentialText = z.string().max(MAX_CREDENTIAL_CHARS, "credential file is far too large");
const contextName = z.string().trim().min(1).max(253);

export const createClusterSchema = z
  .object({
    name: clusterNameSchema,
    environment: z.enum(ENVIRONMENTS),
    site: z.string().trim().min(1).max(100).optional(),
    labels: labelsSchema.optional(),
    kubeconfig: credentialText,
    kubeContext: contextName.optional(),
    talosconfig: credentialText.optional(),
    talosContext: contextName.optional(),
    schedule: scheduleSchema.optional(),
  })
  .strict();

export const updateClusterSchema = z
  .object({
    name: clusterNameSchema.optional(),
    environment: z.enum(ENVIRONMENTS).optional(),
    site: z.string().trim().min(1).max(100).nullable().optional(),
    labels: labelsSchema.optional(),
    kubeconfig: credentialText.optional(),
    kubeContext: contextName.optional(),
    /** null removes the Talos credential */
    talosconfig: credentialText.nullable().optional(),
    talosContext: contextName.optional(),
    schedule: scheduleSchema.optional(),
  })
  .strict();

export type CreateClusterInput = z.infer<typeof createClusterSchema>;
export type UpdateClusterInput = z.infer<typeof updateClusterSchema>;
