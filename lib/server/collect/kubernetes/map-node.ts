import { z } from "zod";
import type { KubeNode } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawString } from "./kube-raw-schemas";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawNode = z.object({
  metadata: rawMetadata,
  spec: z.object({ unschedulable: rawBoolean }).nullish(),
  status: z
    .object({
      addresses: z.array(z.object({ type: z.string(), address: z.string() })).nullish(),
      conditions: z.array(z.object({ type: z.string(), status: z.string() })).nullish(),
      nodeInfo: z
        .object({
          kubeletVersion: rawString,
          osImage: rawString,
          kernelVersion: rawString,
          containerRuntimeVersion: rawString,
          architecture: rawString,
        })
        .nullish(),
    })
    .nullish(),
});

const ROLE_LABEL_PREFIX = "node-role.kubernetes.io/";

/** A Node; Talos is recognised from its OS image, which Talos sets to `Talos (v1.11.1)`. */
export function mapNode(raw: unknown): MapResult<KubeNode> {
  return parseRawObject({
    schema: rawNode,
    raw,
    build: ({ metadata, spec, status }) => {
      const labels = metadata.labels ?? {};
      const info = status?.nodeInfo;
      const osImage = info?.osImage ?? null;
      const ready = status?.conditions?.find((condition) => condition.type === "Ready")?.status;
      const roles = Object.keys(labels)
        .filter((key) => key.startsWith(ROLE_LABEL_PREFIX) && key.length > ROLE_LABEL_PREFIX.length)
        .map((key) => key.slice(ROLE_LABEL_PREFIX.length));
      const legacyRole = labels["kubernetes.io/role"];
      if (legacyRole && !roles.includes(legacyRole)) roles.push(legacyRole);
      return {
        name: metadata.name,
        labels,
        roles: roles.sort(),
        creationTimestamp: metadata.creationTimestamp ?? null,
        kubeletVersion: info?.kubeletVersion ?? null,
        osImage,
        kernelVersion: info?.kernelVersion ?? null,
        containerRuntimeVersion: info?.containerRuntimeVersion ?? null,
        architecture: info?.architecture ?? null,
        addresses: status?.addresses ?? [],
        isTalos: osImage !== null && /^Talos\b/.test(osImage),
        talosVersion: osImage === null ? null : (/^Talos \((v\d+\.\d+\.\d+[^)\s]*)\)/.exec(osImage)?.[1] ?? null),
        isReady: ready === "True" ? true : ready === "False" ? false : null,
        isUnschedulable: spec?.unschedulable ?? false,
      };
    },
  });
}
