import type { TalosNodeState } from "./talos-node-state";
import { TALOS_NAMESPACES, TALOS_RESOURCE_TYPES, resourceDefinitionSpec } from "./talos-resource-catalog";
import { parseTalosVersion } from "./talos-version";

/** A COSI resource before encoding: metadata as the reference describes, spec as Talos' Go value. */
export interface SimResource {
  namespace: string;
  type: string;
  id: string;
  version: number;
  owner: string;
  phase: "running";
  created: Date;
  updated: Date;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: Record<string, unknown>;
}

/**
 * All COSI resources a node serves, derived from its state. Timestamps follow the boot time:
 * machined's early controllers first, Kubernetes resources about a minute later.
 */
export function buildNodeResources(state: TalosNodeState): SimResource[] {
  const version = parseTalosVersion(state.talosVersion);
  const boot = new Date(state.bootTime).getTime();
  const at = (seconds: number) => new Date(boot + seconds * 1000);
  const resource = (
    partial: Pick<SimResource, "namespace" | "type" | "id" | "owner" | "spec"> & Partial<SimResource>,
    seconds: number,
  ): SimResource => ({
    version: 1,
    phase: "running",
    labels: {},
    annotations: {},
    created: at(seconds),
    updated: at(seconds),
    ...partial,
  });

  const resources: SimResource[] = [
    resource(
      {
        namespace: "runtime",
        type: "SecurityStates.talos.dev",
        id: "securitystate",
        owner: "runtime.SecurityStateController",
        spec: { ...state.securityState },
      },
      3,
    ),
    resource(
      {
        namespace: "runtime",
        type: "KernelCmdlines.runtime.talos.dev",
        id: "cmdline",
        owner: "runtime.KernelCmdlineController",
        spec: { cmdline: state.kernelCmdline },
      },
      2,
    ),
    resource(
      {
        namespace: "runtime",
        type: "Versions.runtime.talos.dev",
        id: "version",
        owner: "runtime.VersionController",
        spec: { version: state.version.tag, name: "Talos" },
      },
      2,
    ),
    resource(
      {
        namespace: "config",
        type: "MachineConfigs.config.talos.dev",
        id: "v1alpha1",
        owner: "",
        spec: { raw: state.machineConfig },
        annotations: { "talos.dev/yaml-spec": "1" },
      },
      5,
    ),
    resource(
      {
        namespace: "config",
        type: "MachineTypes.config.talos.dev",
        id: "machine-type",
        owner: "config.MachineTypeController",
        spec: { raw: state.role },
      },
      5,
    ),
  ];
  for (const param of state.kernelParams) {
    const { id, ...spec } = param;
    resources.push(
      resource(
        {
          namespace: "runtime",
          type: "KernelParamStatuses.runtime.talos.dev",
          id,
          owner: "runtime.KernelParamSpecController",
          spec,
        },
        6,
      ),
    );
  }
  state.services.forEach((service, index) => {
    resources.push(
      resource(
        {
          namespace: "runtime",
          type: "Services.v1alpha1.talos.dev",
          id: service.id,
          owner: "",
          version: service.healthUnknown ? 2 : 3,
          spec: { running: service.state === "Running", healthy: service.healthy, unknown: service.healthUnknown },
          updated: at(10 + index * 2),
        },
        4 + index * 2,
      ),
    );
  });
  if (state.etcdMemberId) {
    resources.push(
      resource(
        {
          namespace: "etcd",
          type: "EtcdMembers.etcd.talos.dev",
          id: "local",
          owner: "etcd.MemberController",
          spec: { memberID: state.etcdMemberId },
        },
        40,
      ),
    );
  }
  for (const item of state.kubernetesResources) {
    resources.push(
      resource(
        {
          namespace: item.namespace,
          type: item.type,
          id: item.id,
          owner: item.owner,
          version: item.version,
          spec: item.spec as Record<string, unknown>,
          updated: at(75),
        },
        60,
      ),
    );
  }
  for (const definition of TALOS_RESOURCE_TYPES) {
    resources.push(
      resource(
        {
          namespace: "meta",
          type: "ResourceDefinitions.meta.cosi.dev",
          id: definition.type.toLowerCase(),
          owner: "",
          spec: resourceDefinitionSpec(definition, version),
        },
        0,
      ),
    );
  }
  for (const [id, description] of Object.entries(TALOS_NAMESPACES)) {
    resources.push(
      resource({ namespace: "meta", type: "Namespaces.meta.cosi.dev", id, owner: "", spec: { description } }, 0),
    );
  }
  return resources;
}
