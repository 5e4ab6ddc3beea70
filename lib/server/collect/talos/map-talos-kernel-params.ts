import { z } from "zod";
import type { TalosKernelParam } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { TalosResource } from "./decode-talos-resource";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawBoolean, rawScalar } from "./talos-raw-schemas";

const schema = z.object({ current: rawScalar.nullish(), default: rawScalar.nullish(), unsupported: rawBoolean });

/** Every KernelParamStatus (reference §3.2), keyed by its ID and sorted by it. */
export function mapTalosKernelParams({ resources }: { resources: TalosResource[] }): TalosKernelParam[] {
  return resources
    .map((resource) => {
      const spec = parseTalosSpec({ schema, value: resource.spec, what: `KernelParamStatus ${resource.metadata.id}` });
      return {
        key: resource.metadata.id,
        current: spec.current ?? "",
        default: spec.default ?? "",
        unsupported: spec.unsupported ?? false,
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
