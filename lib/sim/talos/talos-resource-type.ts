import type { TalosVersion } from "./talos-version";

type Spec = Record<string, unknown>;

/** One COSI resource type the simulator serves, with what the access filter and encoders need. */
export interface TalosResourceType {
  type: string;
  displayType: string;
  defaultNamespace: string;
  /** Explicit aliases; automatic ones are derived (see resourceDefinitionSpec). */
  aliases: string[];
  /** ResourceDefinition sensitivity: always, from a Talos minor on, or never (undefined). */
  sensitive?: true | { fromMinor: number };
  /** Fully-qualified protobuf message of `proto_spec`. */
  protoMessage?: string;
  toProto?: (spec: Spec, version: TalosVersion) => Spec;
  /** go yaml rendering: `map[string]any` specs are key-sorted; StaticPods went through JSON (floats). */
  yaml?: { sortKeys?: boolean; jsonNumbers?: boolean };
  /** The spec marshals to one YAML string scalar (held in `spec.raw`), e.g. MachineConfig. */
  scalarSpec?: true;
}
