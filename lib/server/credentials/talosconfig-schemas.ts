import { z } from "zod";

/** The outer structure of a talosconfig; contexts are checked in detail only for the chosen one. */
export const talosconfigFileSchema = z.looseObject({
  context: z.string("must be a string").nullish(),
  contexts: z.record(
    z.string(),
    z.record(z.string(), z.unknown(), "must be a mapping"),
    "must be a mapping of context names to contexts",
  ),
});

const hostList = z
  .array(z.string("must be a string"), "must be a list")
  .nullish()
  .transform((value) => value ?? []);

export const talosContextSchema = z.looseObject({
  endpoints: hostList,
  nodes: hostList,
  target: z.string("must be a string").nullish(),
  ca: z.string("must be a base64 string").nullish(),
  crt: z.string("must be a base64 string").nullish(),
  key: z.string("must be a base64 string").nullish(),
  auth: z.record(z.string(), z.unknown(), "must be a mapping").nullish(),
});
