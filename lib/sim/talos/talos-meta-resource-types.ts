import type { TalosResourceType } from "./talos-resource-type";

type Spec = Record<string, unknown>;

const str = (value: unknown) => (typeof value === "string" ? value : "");

/** The COSI meta types: ResourceDefinitions (what the access filter consults) and Namespaces. */
export const TALOS_META_RESOURCE_TYPES: TalosResourceType[] = [
  {
    type: "ResourceDefinitions.meta.cosi.dev",
    displayType: "ResourceDefinition",
    defaultNamespace: "meta",
    aliases: [],
    protoMessage: "cosi.resource.meta.ResourceDefinitionSpec",
    toProto: (spec) => ({
      resource_type: spec.type,
      display_type: spec.displayType,
      default_namespace: spec.defaultNamespace,
      aliases: spec.aliases,
      all_aliases: spec.allAliases,
      print_columns: ((spec.printColumns ?? []) as Spec[]).map((column) => ({
        name: column.name,
        json_path: column.jsonPath,
      })),
      sensitivity: spec.sensitivity === "sensitive" ? "SENSITIVE" : "NON_SENSITIVE",
    }),
  },
  {
    type: "Namespaces.meta.cosi.dev",
    displayType: "Namespace",
    defaultNamespace: "meta",
    aliases: [],
    protoMessage: "cosi.resource.meta.NamespaceSpec",
    toProto: (spec) => ({ description: str(spec.description) }),
  },
];

/** The namespaces Talos registers (reference §3.10) plus `meta`. */
export const TALOS_NAMESPACES: Record<string, string> = {
  meta: "Metadata namespace which contains resource and namespace definitions.",
  runtime: "Talos runtime resources.",
  config: "Talos node configuration.",
  network: "Networking resources.",
  "network-config": "Networking configuration resources.",
  k8s: "Kubernetes all node types resources.",
  controlplane: "Kubernetes control plane resources.",
  etcd: "etcd resources.",
  kubespan: "KubeSpan resources.",
  secrets: "Resources with secret material.",
  cluster: "Cluster configuration and discovery resources.",
  "cluster-raw": "Cluster unmerged raw resources.",
  hardware: "Hardware resources.",
  cri: "CRI related resources.",
  files: "Files and file-like resources.",
  perf: "Stats resources.",
  security: "Security resources.",
  storage: "Storage resources.",
  containers: "Container resources.",
};
