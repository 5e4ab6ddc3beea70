import type { TalosNodeRole, TalosServiceState } from "./talos-node-state";

// machined's services on a running node; etcd and trustd only on control planes.
const CONTROL_PLANE_SERVICES = [
  "apid",
  "auditd",
  "containerd",
  "cri",
  "dashboard",
  "etcd",
  "kubelet",
  "machined",
  "syslogd",
  "trustd",
  "udevd",
];
const WORKER_SERVICES = ["apid", "auditd", "containerd", "cri", "dashboard", "kubelet", "machined", "syslogd", "udevd"];
// Services without a health check report health "unknown".
const WITHOUT_HEALTH_CHECK = new Set(["auditd", "dashboard", "syslogd", "machined"]);

/** The services ServiceList and `Services.v1alpha1.talos.dev` report, all running. */
export function buildTalosServices({ role, bootTime }: { role: TalosNodeRole; bootTime: Date }): TalosServiceState[] {
  const ids = role === "controlplane" ? CONTROL_PLANE_SERVICES : WORKER_SERVICES;
  return ids.map((id, index) => {
    const at = (seconds: number) => new Date(bootTime.getTime() + (index * 2 + seconds) * 1000).toISOString();
    const healthUnknown = WITHOUT_HEALTH_CHECK.has(id);
    return {
      id,
      state: "Running",
      healthy: !healthUnknown,
      healthUnknown,
      lastMessage: healthUnknown ? "" : "Health check successful",
      events: [
        { msg: "Running pre stage", state: "Preparing", ts: at(1) },
        { msg: "Service started as goroutine", state: "Running", ts: at(2) },
        ...(healthUnknown ? [] : [{ msg: "Health check successful", state: "Running", ts: at(4) }]),
      ],
    };
  });
}
