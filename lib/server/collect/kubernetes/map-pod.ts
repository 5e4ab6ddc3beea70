import { z } from "zod";
import type { KubePod, KubeVolume } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawMetadata, rawNumber, rawString, toOwner } from "./kube-raw-schemas";
import { mapContainer, rawContainer, rawSecurityContextFields, toSecurityContextFields } from "./map-container";
import { parseRawObject, type MapResult } from "./parse-raw-object";

const rawVolume = z.looseObject({
  name: z.string(),
  hostPath: z.object({ path: z.string(), type: rawString }).nullish(),
});

const rawPod = z.object({
  metadata: rawMetadata,
  spec: z.object({
    nodeName: rawString,
    serviceAccountName: rawString,
    automountServiceAccountToken: rawBoolean,
    hostNetwork: rawBoolean,
    hostPID: rawBoolean,
    hostIPC: rawBoolean,
    hostUsers: rawBoolean,
    os: z.object({ name: z.string() }).nullish(),
    securityContext: z
      .object({
        ...rawSecurityContextFields,
        fsGroup: rawNumber,
        supplementalGroups: z.array(z.number()).nullish(),
        sysctls: z.array(z.object({ name: z.string(), value: z.string() })).nullish(),
      })
      .nullish(),
    containers: z.array(rawContainer).nullish(),
    initContainers: z.array(rawContainer).nullish(),
    ephemeralContainers: z.array(rawContainer).nullish(),
    volumes: z.array(rawVolume).nullish(),
  }),
  status: z.object({ phase: rawString }).nullish(),
});

const APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

/** A Pod reduced to what Pod Security Standards and ownership checks need (init and ephemeral containers included). */
export function mapPod(raw: unknown): MapResult<KubePod> {
  return parseRawObject({
    schema: rawPod,
    raw,
    build: ({ metadata, spec, status }) => {
      const annotations = metadata.annotations ?? {};
      const appArmorAnnotations: Record<string, string> = {};
      for (const [key, value] of Object.entries(annotations)) {
        if (key.startsWith(APPARMOR_ANNOTATION)) appArmorAnnotations[key.slice(APPARMOR_ANNOTATION.length)] = value;
      }
      const podContext = spec.securityContext;
      return {
        namespace: metadata.namespace ?? "",
        name: metadata.name,
        labels: metadata.labels ?? {},
        owner: toOwner(metadata),
        nodeName: spec.nodeName || null,
        serviceAccountName: spec.serviceAccountName || null,
        automountServiceAccountToken: spec.automountServiceAccountToken ?? null,
        hostNetwork: spec.hostNetwork ?? false,
        hostPID: spec.hostPID ?? false,
        hostIPC: spec.hostIPC ?? false,
        hostUsers: spec.hostUsers ?? null,
        osName: spec.os?.name ?? null,
        securityContext: {
          ...toSecurityContextFields(podContext),
          fsGroup: podContext?.fsGroup ?? null,
          supplementalGroups: podContext?.supplementalGroups ?? [],
          sysctls: podContext?.sysctls ?? [],
        },
        containers: [
          ...(spec.containers ?? []).map((container) => mapContainer(container, "container")),
          ...(spec.initContainers ?? []).map((container) => mapContainer(container, "init")),
          ...(spec.ephemeralContainers ?? []).map((container) => mapContainer(container, "ephemeral")),
        ],
        volumes: (spec.volumes ?? []).map(toVolume),
        appArmorAnnotations,
        isMirror: "kubernetes.io/config.mirror" in annotations,
        phase: status?.phase ?? null,
      };
    },
  });
}

function toVolume(volume: z.infer<typeof rawVolume>): KubeVolume {
  const type = Object.keys(volume).find((key) => key !== "name" && volume[key] !== null && volume[key] !== undefined);
  return {
    name: volume.name,
    type: type ?? "unknown",
    hostPath: volume.hostPath ? { path: volume.hostPath.path, type: volume.hostPath.type || null } : null,
  };
}
