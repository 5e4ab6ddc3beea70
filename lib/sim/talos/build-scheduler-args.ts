import { mergeTalosArgs, renderTalosArgs, type ArgMap, type ArgMergePolicy } from "./merge-talos-args";

const SECRETS = "/system/secrets/kubernetes/kube-scheduler";
const CONFIG = "/system/config/kubernetes/kube-scheduler";

/** The kube-scheduler command line of Talos' StaticPod (unchanged from v1.10 to v1.14). */
export function buildSchedulerArgs({ extraArgs }: { extraArgs: Record<string, string> }): string[] {
  const defaults: ArgMap = {
    config: [`${CONFIG}/scheduler-config.yaml`],
    "authentication-tolerate-lookup-failure": ["false"],
    "authentication-kubeconfig": [`${SECRETS}/kubeconfig`],
    "authorization-kubeconfig": [`${SECRETS}/kubeconfig`],
    "bind-address": ["127.0.0.1"],
    "leader-elect": ["true"],
    profiling: ["false"],
    "tls-min-version": ["VersionTLS13"],
  };
  const policies: Record<string, ArgMergePolicy> = {
    kubeconfig: "denied",
    "authentication-kubeconfig": "denied",
    "authorization-kubeconfig": "denied",
    config: "denied",
  };
  return ["/usr/local/bin/kube-scheduler", ...renderTalosArgs(mergeTalosArgs({ defaults, extraArgs, policies }))];
}
