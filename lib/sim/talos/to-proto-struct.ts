/** A google.protobuf.Value in protobufjs object form (the bundled struct.proto uses camelCase names). */
export type ProtoValue =
  | { nullValue: 0 }
  | { numberValue: number }
  | { stringValue: string }
  | { boolValue: boolean }
  | { structValue: ProtoStruct }
  | { listValue: { values: ProtoValue[] } };

export interface ProtoStruct {
  fields: Record<string, ProtoValue>;
}

/** Converts a JSON-like object into google.protobuf.Struct form, as Talos does for `map[string]any` specs. */
export function toProtoStruct(value: unknown): ProtoStruct {
  const fields: Record<string, ProtoValue> = {};
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) fields[key] = toProtoValue(item);
    }
  }
  return { fields };
}

function toProtoValue(value: unknown): ProtoValue {
  if (value === null) return { nullValue: 0 };
  if (typeof value === "number") return { numberValue: value };
  if (typeof value === "string") return { stringValue: value };
  if (typeof value === "boolean") return { boolValue: value };
  if (Array.isArray(value)) return { listValue: { values: value.map((item) => toProtoValue(item)) } };
  if (typeof value === "object") return { structValue: toProtoStruct(value) };
  return { stringValue: String(value) };
}
