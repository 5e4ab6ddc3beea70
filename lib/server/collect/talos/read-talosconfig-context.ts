import { parse } from "yaml";
import { z } from "zod";
import type { TalosClientContext } from "./create-talos-client";

const contextSchema = z.object({
  endpoints: z.array(z.string()).min(1),
  nodes: z.array(z.string()).optional(),
  ca: z.string().min(1),
  crt: z.string().min(1),
  key: z.string().min(1),
});

const talosconfigSchema = z.object({
  context: z.string().optional(),
  contexts: z.record(z.string(), contextSchema),
});

/**
 * Reads one context of a talosconfig (YAML) into client material: `ca`, `crt` and `key` are
 * base64 of PEM in the file and come back as PEM text. Default: the file's current context.
 * Throws with a plain message on malformed input (the credentials module validates uploads).
 */
export function readTalosconfigContext({
  yaml,
  context,
}: {
  yaml: string;
  context?: string;
}): TalosClientContext & { nodes: string[] } {
  const parsed = talosconfigSchema.parse(parse(yaml));
  const name = context ?? parsed.context;
  const selected = name === undefined ? undefined : parsed.contexts[name];
  if (!selected) throw new Error(`talosconfig has no context ${JSON.stringify(name)}`);
  const decode = (value: string) => Buffer.from(value, "base64").toString("utf8");
  return {
    endpoints: selected.endpoints,
    nodes: selected.nodes ?? [],
    ca: decode(selected.ca),
    crt: decode(selected.crt),
    key: decode(selected.key),
  };
}
