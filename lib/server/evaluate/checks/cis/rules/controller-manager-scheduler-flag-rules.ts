import type { FlagCheckSpec } from "../support/build-flag-check";

const TALOS_FIXED = "Talos always sets this flag and refuses overrides through cluster.controllerManager.extraArgs";

/**
 * kube-controller-manager (CIS 1.3.x) and kube-scheduler (1.4.x) flag checks. `--bind-address`
 * defaults to 0.0.0.0 in both binaries, so an absent flag fails 1.3.7/1.4.2 (kube-bench accepts
 * absence; Lotse judges what the binary actually does).
 */
export const CONTROLLER_MANAGER_SCHEDULER_FLAG_CHECKS: FlagCheckSpec[] = [
  {
    cisId: "1.3.1",
    component: "kube-controller-manager",
    rules: [{ flag: "terminated-pod-gc-threshold", expect: { op: "set" }, defaultValue: "12500" }],
    isReviewOnly: true,
  },
  {
    cisId: "1.3.2",
    component: "kube-controller-manager",
    rules: [{ flag: "profiling", expect: { op: "equals", value: "false" }, defaultValue: "true" }],
  },
  {
    cisId: "1.3.3",
    component: "kube-controller-manager",
    rules: [
      { flag: "use-service-account-credentials", expect: { op: "equals", value: "true" }, defaultValue: "false" },
    ],
  },
  {
    cisId: "1.3.4",
    component: "kube-controller-manager",
    rules: [{ flag: "service-account-private-key-file", expect: { op: "set" } }],
    talosNote: TALOS_FIXED,
  },
  {
    cisId: "1.3.5",
    component: "kube-controller-manager",
    rules: [{ flag: "root-ca-file", expect: { op: "set" } }],
    talosNote: TALOS_FIXED,
  },
  {
    cisId: "1.3.6",
    component: "kube-controller-manager",
    rules: [{ flag: "feature-gates", expect: { op: "excludes", item: "RotateKubeletServerCertificate=false" } }],
  },
  {
    cisId: "1.3.7",
    component: "kube-controller-manager",
    rules: [{ flag: "bind-address", expect: { op: "equals", value: "127.0.0.1" }, defaultValue: "0.0.0.0" }],
  },
  {
    cisId: "1.4.1",
    component: "kube-scheduler",
    rules: [{ flag: "profiling", expect: { op: "equals", value: "false" }, defaultValue: "true" }],
  },
  {
    cisId: "1.4.2",
    component: "kube-scheduler",
    rules: [{ flag: "bind-address", expect: { op: "equals", value: "127.0.0.1" }, defaultValue: "0.0.0.0" }],
  },
];
