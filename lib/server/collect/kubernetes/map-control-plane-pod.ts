import { z } from "zod";
import type { ControlPlaneComponent, ControlPlanePod } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawMetadata, rawString, rawStrings } from "./kube-raw-schemas";
import { parseCommandFlags } from "./parse-command-flags";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const COMPONENTS: readonly ControlPlaneComponent[] = [
  "kube-apiserver",
  "kube-controller-manager",
  "kube-scheduler",
  "etcd",
];

const rawControlPlanePod = z.object({
  metadata: rawMetadata,
  spec: z.object({
    nodeName: rawString,
    containers: z.array(z.object({ name: z.string(), image: rawString, command: rawStrings, args: rawStrings })),
  }),
});

/**
 * The control-plane component a kube-system pod runs, with its flags, or null for any other pod.
 * A pod qualifies by its `component` / `k8s-app` label (kubeadm, Talos) or by a container whose
 * command starts with the component's binary (as Kubescape's filter does); flags come from that
 * container's command followed by its args.
 */
export function mapControlPlanePod(raw: unknown): MapResult<ControlPlanePod | null> {
  const namespace = (raw as { metadata?: { namespace?: unknown } } | null)?.metadata?.namespace;
  if (namespace !== "kube-system") return { ok: true, value: null };
  return parseRawObject({
    schema: rawControlPlanePod,
    raw,
    build: ({ metadata, spec }) => {
      const labels = metadata.labels ?? {};
      const binaryOf = (command: string[] | null | undefined) => command?.[0]?.split("/").pop() ?? "";
      const labelled = COMPONENTS.find((name) => labels.component === name || labels["k8s-app"] === name);
      const byCommand = spec.containers.find((container) =>
        COMPONENTS.includes(binaryOf(container.command) as ControlPlaneComponent),
      );
      const component = labelled ?? (byCommand ? (binaryOf(byCommand.command) as ControlPlaneComponent) : undefined);
      if (!component) return null;
      const container =
        spec.containers.find((candidate) => binaryOf(candidate.command) === component) ??
        spec.containers.find((candidate) => candidate.name === component) ??
        spec.containers[0];
      const argv = [...(container?.command ?? []), ...(container?.args ?? [])];
      return {
        component,
        namespace,
        name: metadata.name,
        nodeName: spec.nodeName || null,
        image: container?.image ?? null,
        isMirror: "kubernetes.io/config.mirror" in (metadata.annotations ?? {}),
        // Without a command the first arg is a flag, so the parser sees no binary.
        flags: parseCommandFlags({ argv }).flags,
      };
    },
  });
}
