import { loadTalosProtos } from "@/lib/talos-api/load-talos-protos";
import type { SimResource } from "./build-node-resources";
import { renderGoYaml } from "./render-go-yaml";
import { findResourceType } from "./talos-resource-catalog";
import type { TalosVersion } from "./talos-version";

/** `cosi.resource.Resource` in the object form @grpc/proto-loader serializes. */
export interface WireResource {
  metadata: {
    namespace: string;
    type: string;
    id: string;
    version: string;
    owner: string;
    phase: string;
    created: { seconds: string; nanos: number };
    updated: { seconds: string; nanos: number };
    finalizers: string[];
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  spec: { proto_spec: Buffer; yaml_spec: string };
}

/**
 * Encodes a resource as the COSI server does (`protobuf.FromResource` + `Marshal`): both spec
 * forms are filled, `yaml_spec` with go-yaml's rendering and `proto_spec` with the spec message.
 */
export function encodeSimResource({
  resource,
  version,
}: {
  resource: SimResource;
  version: TalosVersion;
}): WireResource {
  const definition = findResourceType(resource.type);
  const yamlSpec = definition?.scalarSpec
    ? renderGoYaml({ value: resource.spec.raw })
    : renderGoYaml({
        value: resource.spec,
        sortKeys: definition?.yaml?.sortKeys,
        jsonNumbers: definition?.yaml?.jsonNumbers,
      });
  let protoSpec = Buffer.alloc(0);
  if (definition?.protoMessage && definition.toProto) {
    const messageType = loadTalosProtos().specRoot.lookupType(definition.protoMessage);
    const message = messageType.fromObject(definition.toProto(resource.spec, version));
    protoSpec = Buffer.from(messageType.encode(message).finish());
  }
  return {
    metadata: {
      namespace: resource.namespace,
      type: resource.type,
      id: resource.id,
      version: String(resource.version),
      owner: resource.owner,
      phase: resource.phase,
      created: toTimestamp(resource.created),
      updated: toTimestamp(resource.updated),
      finalizers: [],
      labels: resource.labels,
      annotations: resource.annotations,
    },
    spec: { proto_spec: protoSpec, yaml_spec: yamlSpec },
  };
}

function toTimestamp(date: Date): { seconds: string; nanos: number } {
  const millis = date.getTime();
  return { seconds: String(Math.floor(millis / 1000)), nanos: (millis % 1000) * 1_000_000 };
}
