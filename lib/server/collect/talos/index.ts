// Lotse's own Talos API client (used by "test connection" and the collector; plain Node, no Prisma).
export {
  createTalosClient,
  type CreateTalosClientOptions,
  type TalosClient,
  type TalosCallOptions,
  type TalosClientContext,
  type TalosMachineMethod,
} from "./create-talos-client";
export {
  collectTalos,
  type CollectTalosOptions,
  type TalosCollection,
  type TalosContextMaterial,
} from "./collect-talos";
export type { KubernetesNodeHint } from "./resolve-talos-nodes";
export { probeTalosVersion, type TalosProbeResult } from "./probe-talos-version";
export { readTalosconfigContext } from "./read-talosconfig-context";
export { TalosApiError, type TalosErrorKind } from "./talos-api-error";
export type { TalosResource } from "./decode-talos-resource";
export type { TalosVersionInfo } from "./parse-version-reply";
export { normalizeTalosPrivateKey } from "./normalize-talos-private-key";
