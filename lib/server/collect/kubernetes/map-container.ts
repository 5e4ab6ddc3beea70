import { z } from "zod";
import type { KubeContainer } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import { rawBoolean, rawNumber, rawString, rawStrings } from "./kube-raw-schemas";

// Container and security-context shapes shared by Pods (and their pod-level securityContext).

export const rawSecurityContextFields = {
  runAsNonRoot: rawBoolean,
  runAsUser: rawNumber,
  runAsGroup: rawNumber,
  seccompProfile: z.object({ type: z.string(), localhostProfile: rawString }).nullish(),
  appArmorProfile: z.object({ type: z.string() }).nullish(),
  seLinuxOptions: z.object({ type: rawString, user: rawString, role: rawString, level: rawString }).nullish(),
  windowsOptions: z.object({ hostProcess: rawBoolean }).nullish(),
};

const rawHandler = z
  .object({
    httpGet: z.object({ host: rawString }).nullish(),
    tcpSocket: z.object({ host: rawString }).nullish(),
  })
  .nullish();

export const rawContainer = z.object({
  name: z.string(),
  image: rawString,
  securityContext: z
    .object({
      ...rawSecurityContextFields,
      privileged: rawBoolean,
      allowPrivilegeEscalation: rawBoolean,
      readOnlyRootFilesystem: rawBoolean,
      capabilities: z.object({ add: rawStrings, drop: rawStrings }).nullish(),
      procMount: rawString,
    })
    .nullish(),
  ports: z.array(z.object({ hostPort: rawNumber })).nullish(),
  livenessProbe: rawHandler,
  readinessProbe: rawHandler,
  startupProbe: rawHandler,
  lifecycle: z.object({ postStart: rawHandler, preStop: rawHandler }).nullish(),
});

type RawSecurityContextFields = z.infer<z.ZodObject<typeof rawSecurityContextFields>>;

/** The PSS-relevant securityContext fields common to pod and container level; null = unset. */
export function toSecurityContextFields(context: RawSecurityContextFields | null | undefined) {
  const seLinux = context?.seLinuxOptions;
  return {
    runAsNonRoot: context?.runAsNonRoot ?? null,
    runAsUser: context?.runAsUser ?? null,
    runAsGroup: context?.runAsGroup ?? null,
    seccompProfile: context?.seccompProfile
      ? { type: context.seccompProfile.type, localhostProfile: context.seccompProfile.localhostProfile ?? null }
      : null,
    appArmorProfileType: context?.appArmorProfile?.type ?? null,
    seLinuxOptions: seLinux
      ? {
          type: seLinux.type ?? null,
          user: seLinux.user ?? null,
          role: seLinux.role ?? null,
          level: seLinux.level ?? null,
        }
      : null,
    windowsHostProcess: context?.windowsOptions?.hostProcess ?? null,
  };
}

export function mapContainer(container: z.infer<typeof rawContainer>, kind: KubeContainer["kind"]): KubeContainer {
  const context = container.securityContext;
  const handlers = [
    container.livenessProbe,
    container.readinessProbe,
    container.startupProbe,
    container.lifecycle?.postStart,
    container.lifecycle?.preStop,
  ];
  const probeHosts = handlers
    .flatMap((handler) => [handler?.httpGet?.host, handler?.tcpSocket?.host])
    .filter((host): host is string => typeof host === "string" && host !== "");
  const image = container.image ?? null;
  return {
    kind,
    name: container.name,
    image,
    hasImageDigest: image !== null && /@sha256:[0-9a-f]{64}$/i.test(image),
    ...toSecurityContextFields(context),
    privileged: context?.privileged ?? null,
    allowPrivilegeEscalation: context?.allowPrivilegeEscalation ?? null,
    readOnlyRootFilesystem: context?.readOnlyRootFilesystem ?? null,
    capabilitiesAdd: context?.capabilities?.add ?? [],
    capabilitiesDrop: context?.capabilities?.drop ?? [],
    procMount: context?.procMount ?? null,
    hostPorts: (container.ports ?? []).map((port) => port.hostPort ?? 0).filter((hostPort) => hostPort !== 0),
    probeHosts,
  };
}
