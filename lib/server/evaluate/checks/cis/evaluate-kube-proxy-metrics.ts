import type { KubeWorkload } from "@/lib/server/collect/snapshot/kubernetes-snapshot";
import type { CheckEvaluator, CheckResult, EvaluationContext } from "../../evaluator-types";
import { cisCheck, CLUSTER, toResult, unreadable, type Verdict } from "./support/cis-verdict";

const check = cisCheck("4.3.1");

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** `--flag=value` or `--flag value` from a container's command line. */
function readArgument(args: readonly string[], flag: string): string | undefined {
  let found: string | undefined;
  args.forEach((arg, index) => {
    if (arg.startsWith(`--${flag}=`)) found = arg.slice(flag.length + 3);
    else if (arg === `--${flag}`) found = args[index + 1];
  });
  return found;
}

function hostOf(address: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(address);
  if (bracketed) return `[${bracketed[1]}]`;
  return address.includes(":") && address.split(":").length === 2 ? (address.split(":")[0] ?? "") : address;
}

function judge(workload: KubeWorkload): Verdict {
  const source = `kubernetes.workloads[DaemonSet/${workload.namespace}/${workload.name}]`;
  const container =
    workload.containers.find((candidate) => candidate.image?.includes("kube-proxy")) ?? workload.containers[0];
  const args = [...(container?.command ?? []), ...(container?.args ?? [])];
  const address = readArgument(args, "metrics-bind-address");
  const configFile = readArgument(args, "config");
  if (address !== undefined) {
    const evidence = [{ source: `${source}.metrics-bind-address`, value: address }];
    return LOCAL_HOSTS.has(hostOf(address))
      ? { state: "compliant", message: `kube-proxy serves metrics on ${address} only.`, evidence }
      : { state: "violated", message: `kube-proxy serves metrics on ${address}, beyond localhost.`, evidence };
  }
  if (configFile !== undefined) {
    return {
      state: "unknown",
      message: `kube-proxy reads metricsBindAddress from ${configFile} (a ConfigMap Lotse reads as metadata only): not visible.`,
      evidence: [
        { source: `${source}.config`, value: configFile, note: "ConfigMap data is never read (least privilege)" },
        { source: `${source}.metrics-bind-address`, value: null },
      ],
    };
  }
  return {
    state: "compliant",
    message: "kube-proxy sets no --metrics-bind-address and no config file: it defaults to 127.0.0.1:10249.",
    evidence: [
      { source: `${source}.metrics-bind-address`, value: null, note: "unset: kube-proxy defaults to 127.0.0.1:10249" },
    ],
  };
}

/**
 * CIS 4.3.1: kube-proxy's metrics endpoint is bound to localhost, read from the kube-proxy
 * DaemonSet's command line. No kube-proxy (e.g. a CNI that replaces it) → NOT_APPLICABLE.
 */
export const kubeProxyMetricsEvaluator: CheckEvaluator = {
  check,
  evaluate: (context: EvaluationContext): CheckResult[] => {
    const { workloads } = context.snapshot.kubernetes;
    if (!workloads.data)
      return [toResult({ check, subject: CLUSTER, verdict: unreadable("The workloads", workloads.errors) })];
    const proxies = workloads.data.filter(
      (workload) =>
        workload.kind === "DaemonSet" &&
        (workload.name === "kube-proxy" ||
          workload.containers.some((container) => container.image?.includes("/kube-proxy:"))),
    );
    if (proxies.length === 0) {
      const verdict: Verdict =
        workloads.errors.length > 0
          ? unreadable("Some workload lists", workloads.errors)
          : {
              state: "not-applicable",
              message:
                "No kube-proxy DaemonSet runs in this cluster (its CNI replaces kube-proxy, or none is deployed).",
              evidence: [{ source: "kubernetes.workloads[DaemonSet/*/kube-proxy]", value: null }],
            };
      return [toResult({ check, subject: CLUSTER, verdict })];
    }
    return proxies.map((workload) =>
      toResult({
        check,
        subject: { kind: "object", apiKind: "DaemonSet", namespace: workload.namespace, name: workload.name },
        verdict: judge(workload),
      }),
    );
  },
};
