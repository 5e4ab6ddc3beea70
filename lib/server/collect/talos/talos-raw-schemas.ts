import { z } from "zod";

// Zod pieces shared by the Talos mappers. YAML specs omit zero values (`omitempty`), so optional
// fields are `nullish`; a present field of the wrong type fails the spec (see parseTalosSpec).

/**
 * The longest string a Talos spec field may hold. Real values are short (fingerprints, states,
 * versions, a kernel command line); anything this long is a hostile or broken node, and keeping it
 * would carry it into the snapshot, so the part is refused as invalid-response instead.
 */
export const MAX_SPEC_STRING = 64 * 1024;
const specString = z.string().max(MAX_SPEC_STRING);

export const rawString = specString.nullish();
export const rawBoolean = z.boolean().nullish();
export const rawStrings = z.array(specString).nullish();
/** A scalar Go's YAML encoder may have written unquoted. */
export const rawScalar = z.union([specString, z.number(), z.boolean()]).transform(String);
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
