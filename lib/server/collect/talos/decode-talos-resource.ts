import { parse } from "yaml";
import { z } from "zod";
import { TalosApiError } from "./talos-api-error";

/** A COSI resource as Lotse uses it: metadata, the parsed `yaml_spec`, and the raw `proto_spec`. */
export interface TalosResource<TSpec = unknown> {
  metadata: {
    namespace: string;
    type: string;
    id: string;
    version: string;
    owner: string;
    phase: string;
    /** RFC 3339, or null when the server sent none. */
    created: string | null;
    updated: string | null;
    labels: Record<string, string>;
    annotations: Record<string, string>;
    finalizers: string[];
  };
  spec: TSpec;
  /** Protobuf form of the spec; for MachineConfig, field 1 holds the config bytes as submitted. */
  protoSpec: Uint8Array;
}

const timestampSchema = z
  .object({ seconds: z.union([z.string(), z.number()]), nanos: z.number() })
  .nullable()
  .optional();

const wireResourceSchema = z.object({
  metadata: z.object({
    namespace: z.string(),
    type: z.string(),
    id: z.string(),
    version: z.string(),
    owner: z.string(),
    phase: z.string(),
    created: timestampSchema,
    updated: timestampSchema,
    labels: z.record(z.string(), z.string()).default({}),
    annotations: z.record(z.string(), z.string()).default({}),
    finalizers: z.array(z.string()).default([]),
  }),
  spec: z.object({ proto_spec: z.instanceof(Uint8Array), yaml_spec: z.string() }),
});

/** Validates a decoded `cosi.resource.Resource` and parses its YAML spec. Throws `invalid-response`. */
export function decodeTalosResource<TSpec = unknown>(wire: unknown): TalosResource<TSpec> {
  const parsed = wireResourceSchema.safeParse(wire);
  if (!parsed.success) {
    throw new TalosApiError({
      kind: "invalid-response",
      message: `malformed COSI resource: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    });
  }
  const { metadata, spec } = parsed.data;
  let value: unknown;
  try {
    value = parse(spec.yaml_spec);
  } catch (error) {
    throw new TalosApiError({
      kind: "invalid-response",
      message: `resource ${metadata.type} ${metadata.id}: yaml_spec is not valid YAML`,
      cause: error,
    });
  }
  return {
    metadata: { ...metadata, created: toIso(metadata.created), updated: toIso(metadata.updated) },
    spec: value as TSpec,
    protoSpec: spec.proto_spec,
  };
}

function toIso(timestamp: z.infer<typeof timestampSchema>): string | null {
  if (!timestamp) return null;
  return new Date(Number(timestamp.seconds) * 1000 + Math.floor(timestamp.nanos / 1_000_000)).toISOString();
}
