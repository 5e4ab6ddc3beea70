import { z } from "zod";

// Zod pieces shared by the Talos mappers. YAML specs omit zero values (`omitempty`), so optional
// fields are `nullish`; a present field of the wrong type fails the spec (see parseTalosSpec).

export const rawString = z.string().nullish();
export const rawBoolean = z.boolean().nullish();
export const rawStrings = z.array(z.string()).nullish();
/** A scalar Go's YAML encoder may have written unquoted. */
export const rawScalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
export const rawRecord = z.record(z.string(), z.unknown());

/**
 * `extraArgs` in either layout: v1.12 `map<string,string>`, v1.13+ `map<string,{values:[…]}>`;
 * normalized to lists of values.
 */
export const rawExtraArgs = z
  .record(z.string(), z.union([rawScalar, z.object({ values: z.array(rawScalar).nullish() }), z.array(rawScalar)]))
  .nullish()
  .transform((args) =>
    Object.fromEntries(
      Object.entries(args ?? {}).map(([key, value]) => [
        key,
        typeof value === "string" ? [value] : Array.isArray(value) ? value : (value.values ?? []),
      ]),
    ),
  );
