import { z } from "zod";

const name = z.string("a name is required").min(1, "a name is required");
const entry = (what: string) => z.record(z.string(), z.unknown(), `a ${what} object is required`);

// Missing or null lists (kubectl writes `clusters: null`) read as empty.
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, "must be a list")
    .nullish()
    .transform((value) => value ?? []);

/** The outer structure of a kubeconfig; entries are checked in detail only for the chosen context. */
export const kubeconfigFileSchema = z.looseObject({
  apiVersion: z.literal("v1", 'must be "v1"').optional(),
  kind: z.literal("Config", 'must be "Config"').optional(),
  clusters: list(z.looseObject({ name, cluster: entry("cluster") })),
  users: list(z.looseObject({ name, user: entry("user") })),
  contexts: list(z.looseObject({ name, context: entry("context") })),
  "current-context": z.string("must be a string").nullish(),
});

export const kubeContextSchema = z.looseObject({
  cluster: z.string("must name a cluster").min(1, "must name a cluster"),
  user: z.string("must name a user").min(1, "must name a user"),
  namespace: z.string("must be a string").nullish(),
});

export const kubeClusterSchema = z.looseObject({
  server: z.string("a server URL (text) is required"),
  "certificate-authority-data": z.string("must be a base64 string").nullish(),
  "tls-server-name": z.string("must be a string").nullish(),
});

export const kubeUserSchema = z.looseObject({
  "client-certificate-data": z.string("must be a base64 string").nullish(),
  "client-key-data": z.string("must be a base64 string").nullish(),
  token: z.string("must be a string").nullish(),
});
