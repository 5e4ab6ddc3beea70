// The simulated Talos API (apid-like gRPC over mTLS) and the per-node state it serves.
export {
  startTalosApiServer,
  type CreateTalosconfigOptions,
  type StartTalosApiServerOptions,
  type TalosApiServer,
} from "./start-talos-api-server";
export { buildTalosNodeState } from "./build-talos-node-state";
export {
  buildTalosControlPlanePods,
  type BuildTalosControlPlanePodsOptions,
  type TalosControlPlanePods,
} from "./build-talos-control-plane-pods";
export { DEFAULT_DRIFT } from "./resolve-node-posture";
export { getKsppSysctls, getDefaultSysctls } from "./build-kernel-params";
export { parseTalosVersion, type TalosVersion } from "./talos-version";
export type {
  BuildTalosNodeStateOptions,
  TalosDrift,
  TalosKmsProvider,
  TalosKernelParamStatus,
  TalosNodeRole,
  TalosNodeState,
  TalosSecurityStateSpec,
  TalosServiceState,
  TalosSpecResource,
  TalosVariant,
} from "./talos-node-state";
