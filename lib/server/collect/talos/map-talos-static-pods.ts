import { z } from "zod";
import { parseCommandFlags } from "@/lib/server/collect/kubernetes/parse-command-flags";
import type { TalosStaticPod } from "@/lib/server/collect/snapshot/talos-snapshot";
import type { TalosResource } from "./decode-talos-resource";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawString, rawStrings } from "./talos-raw-schemas";

const schema = z.object({
  spec: z.object({
    containers: z.array(z.object({ name: rawString, image: rawString, command: rawStrings, args: rawStrings })).min(1),
  }),
});

/**
 * StaticPods (reference §3.8): the Pod manifests of kube-apiserver, kube-controller-manager and
 * kube-scheduler; the component's container command (plus args) is its complete flag list, the
 * way an os:reader credential can check kube-apiserver flags. Only image and flags are kept.
 */
export function mapTalosStaticPods({ resources }: { resources: TalosResource[] }): TalosStaticPod[] {
  return resources
    .map((resource) => {
      const component = resource.metadata.id;
      const pod = parseTalosSpec({ schema, value: resource.spec, what: `StaticPod ${component}` });
      const container = pod.spec.containers.find((candidate) => candidate.name === component) ?? pod.spec.containers[0];
      const parsed = parseCommandFlags({ argv: [...(container?.command ?? []), ...(container?.args ?? [])] });
      return { component, image: container?.image ?? null, binary: parsed.binary, flags: parsed.flags };
    })
    .sort((a, b) => (a.component < b.component ? -1 : a.component > b.component ? 1 : 0));
}
