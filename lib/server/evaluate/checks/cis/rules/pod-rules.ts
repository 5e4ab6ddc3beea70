import type { KubeContainer, KubePod } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/** A CIS 5.2 "minimize the admission of …" test on one pod: what in it offends (empty: nothing). */
export interface PodRule {
  cisId: string;
  /** "privileged containers", for messages. */
  what: string;
  offences: (pod: KubePod) => string[];
}

const containersWhere = (test: (container: KubeContainer, pod: KubePod) => boolean) => (pod: KubePod) =>
  pod.containers.filter((container) => test(container, pod)).map((container) => container.name);

const isWindows = (pod: KubePod): boolean => pod.osName === "windows";

// Pod Security Standards semantics (pod-security-admission), as reference catalog §3 says to use.
function runsAsRoot(container: KubeContainer, pod: KubePod): boolean {
  if (pod.hostUsers === false) return false;
  const nonRoot = container.runAsNonRoot ?? pod.securityContext.runAsNonRoot;
  const user = container.runAsUser ?? pod.securityContext.runAsUser;
  return nonRoot !== true || user === 0;
}

function keepsNetRaw(container: KubeContainer): boolean {
  const drops = container.capabilitiesDrop.map((capability) => capability.toUpperCase());
  const adds = container.capabilitiesAdd.map((capability) => capability.toUpperCase());
  return adds.includes("NET_RAW") || adds.includes("ALL") || !(drops.includes("ALL") || drops.includes("NET_RAW"));
}

export const POD_RULES: PodRule[] = [
  {
    cisId: "5.2.2",
    what: "privileged containers",
    offences: containersWhere((container) => container.privileged === true),
  },
  { cisId: "5.2.3", what: "the host PID namespace", offences: (pod) => (pod.hostPID ? ["hostPID"] : []) },
  { cisId: "5.2.4", what: "the host IPC namespace", offences: (pod) => (pod.hostIPC ? ["hostIPC"] : []) },
  { cisId: "5.2.5", what: "the host network namespace", offences: (pod) => (pod.hostNetwork ? ["hostNetwork"] : []) },
  {
    cisId: "5.2.6",
    what: "privilege escalation allowed (allowPrivilegeEscalation not false)",
    offences: containersWhere((container, pod) => !isWindows(pod) && container.allowPrivilegeEscalation !== false),
  },
  { cisId: "5.2.7", what: "containers that may run as root", offences: containersWhere(runsAsRoot) },
  {
    cisId: "5.2.8",
    what: "containers keeping NET_RAW",
    offences: containersWhere((container, pod) => !isWindows(pod) && keepsNetRaw(container)),
  },
  {
    cisId: "5.2.9",
    what: "added capabilities",
    offences: containersWhere((container) => container.capabilitiesAdd.length > 0),
  },
  {
    cisId: "5.2.10",
    what: "containers not dropping ALL capabilities",
    offences: containersWhere(
      (container, pod) => !isWindows(pod) && !container.capabilitiesDrop.map((c) => c.toUpperCase()).includes("ALL"),
    ),
  },
  {
    cisId: "5.2.11",
    what: "Windows HostProcess containers",
    offences: containersWhere(
      (container, pod) => (container.windowsHostProcess ?? pod.securityContext.windowsHostProcess) === true,
    ),
  },
  {
    cisId: "5.2.12",
    what: "HostPath volumes",
    offences: (pod) =>
      pod.volumes.filter((volume) => volume.hostPath !== null || volume.type === "hostPath").map((v) => v.name),
  },
  {
    cisId: "5.2.13",
    what: "host ports",
    offences: containersWhere((container) => container.hostPorts.some((port) => port !== 0)),
  },
];
