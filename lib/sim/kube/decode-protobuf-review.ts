import protobuf from "protobufjs";

// kubectl sends built-in request bodies as Kubernetes protobuf: the magic "k8s\0", then a
// runtime.Unknown {1: typeMeta, 2: raw} whose raw bytes are the object. The simulator only
// needs the resource attributes of a SelfSubjectAccessReview from it (field numbers from
// k8s.io/api/authorization/v1/generated.proto).

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

type Fields = Map<number, Uint8Array | string>;

/**
 * The review's `spec` as JSON would carry it, decoded from a protobuf body; undefined when the
 * body is not Kubernetes protobuf.
 */
export function decodeProtobufReview({ body }: { body: Buffer }): { spec: Record<string, unknown> } | undefined {
  if (body.length < MAGIC.length || !body.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const unknown = readFields(body.subarray(MAGIC.length));
  const raw = unknown.get(2);
  if (!(raw instanceof Uint8Array)) return { spec: {} };
  const spec = readFields(readFields(raw).get(2));
  const resource = spec.get(1);
  const nonResource = spec.get(2);
  const text = (fields: Fields, number: number) => {
    const value = fields.get(number);
    return value instanceof Uint8Array ? Buffer.from(value).toString("utf8") : undefined;
  };
  if (resource instanceof Uint8Array) {
    const attributes = readFields(resource);
    const names = ["namespace", "verb", "group", "version", "resource", "subresource", "name"];
    return {
      spec: {
        resourceAttributes: Object.fromEntries(names.map((name, index) => [name, text(attributes, index + 1) ?? ""])),
      },
    };
  }
  if (nonResource instanceof Uint8Array) {
    const attributes = readFields(nonResource);
    return { spec: { nonResourceAttributes: { path: text(attributes, 1) ?? "", verb: text(attributes, 2) ?? "" } } };
  }
  return { spec: {} };
}

/** Length-delimited fields of one message by number (the last occurrence wins); others skipped. */
function readFields(bytes: Uint8Array | string | undefined): Fields {
  const fields: Fields = new Map();
  if (!(bytes instanceof Uint8Array)) return fields;
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const wireType = tag & 7;
    if (wireType === 2) fields.set(tag >>> 3, reader.bytes());
    else reader.skipType(wireType);
  }
  return fields;
}
