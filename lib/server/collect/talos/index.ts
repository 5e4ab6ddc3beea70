// Lotse's own Talos API client (used by "test connection" and the collector; plain Node, no Prisma).
export {
  createTalosClient,
  type CreateTalosClientOptions,
  type TalosClient,
  type TalosClientContext,
} from "./create-talos-client";
export { probeTalosVersion, type TalosProbeResult } from "./probe-talos-version";
export { readTalosconfigContext } from "./read-talosconfig-context";
export { TalosApiError, type TalosErrorKind } from "./talos-api-error";
export type { TalosResource } from "./decode-talos-resource";
export type { TalosVersionInfo } from "./parse-version-reply";
export { normalizeTalosPrivateKey } from "./normalize-talos-private-key";
