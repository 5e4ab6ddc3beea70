import type { FlagCheckSpec } from "../support/build-flag-check";

const TALOS_FIXED = "Talos always sets this flag and refuses overrides through cluster.apiServer.extraArgs";

const apiserver = (spec: Omit<FlagCheckSpec, "component">): FlagCheckSpec => ({ component: "kube-apiserver", ...spec });

/**
 * The kube-apiserver checks that are one or two `--flag` tests (CIS 1.2.x, 3.2.1). Defaults are
 * the binary's own when the flag is absent. None of the admission plugins tested here is in the
 * API server's default-enabled set, so absence of --enable-admission-plugins means "not enabled".
 */
export const APISERVER_FLAG_CHECKS: FlagCheckSpec[] = [
  apiserver({ cisId: "1.2.2", rules: [{ flag: "token-auth-file", expect: { op: "unset" } }] }),
  apiserver({
    cisId: "1.2.3",
    rules: [{ flag: "enable-admission-plugins", expect: { op: "includes", item: "DenyServiceExternalIPs" } }],
  }),
  apiserver({
    cisId: "1.2.4",
    rules: [
      { flag: "kubelet-client-certificate", expect: { op: "set" } },
      { flag: "kubelet-client-key", expect: { op: "set" } },
    ],
    talosNote: TALOS_FIXED,
  }),
  apiserver({
    cisId: "1.2.9",
    rules: [{ flag: "enable-admission-plugins", expect: { op: "includes", item: "EventRateLimit" } }],
  }),
  apiserver({
    cisId: "1.2.10",
    rules: [{ flag: "enable-admission-plugins", expect: { op: "excludes", item: "AlwaysAdmit" } }],
  }),
  apiserver({
    cisId: "1.2.11",
    rules: [{ flag: "enable-admission-plugins", expect: { op: "includes", item: "AlwaysPullImages" } }],
  }),
  apiserver({
    cisId: "1.2.12",
    rules: [{ flag: "disable-admission-plugins", expect: { op: "excludes", item: "ServiceAccount" } }],
  }),
  apiserver({
    cisId: "1.2.13",
    rules: [{ flag: "disable-admission-plugins", expect: { op: "excludes", item: "NamespaceLifecycle" } }],
  }),
  apiserver({
    cisId: "1.2.14",
    rules: [{ flag: "enable-admission-plugins", expect: { op: "includes", item: "NodeRestriction" } }],
  }),
  apiserver({
    cisId: "1.2.15",
    rules: [{ flag: "profiling", expect: { op: "equals", value: "false" }, defaultValue: "true" }],
  }),
  apiserver({ cisId: "1.2.16", rules: [{ flag: "audit-log-path", expect: { op: "set" } }] }),
  apiserver({
    cisId: "1.2.17",
    rules: [{ flag: "audit-log-maxage", expect: { op: "atLeast", value: 30 }, defaultValue: "0" }],
  }),
  apiserver({
    cisId: "1.2.18",
    rules: [{ flag: "audit-log-maxbackup", expect: { op: "atLeast", value: 10 }, defaultValue: "0" }],
  }),
  apiserver({
    cisId: "1.2.19",
    rules: [{ flag: "audit-log-maxsize", expect: { op: "atLeast", value: 100 }, defaultValue: "0" }],
  }),
  apiserver({
    cisId: "1.2.20",
    rules: [{ flag: "request-timeout", expect: { op: "set" }, defaultValue: "1m0s" }],
    isReviewOnly: true,
  }),
  apiserver({
    cisId: "1.2.21",
    rules: [{ flag: "service-account-lookup", expect: { op: "equals", value: "true" }, defaultValue: "true" }],
  }),
  apiserver({
    cisId: "1.2.22",
    rules: [{ flag: "service-account-key-file", expect: { op: "set" } }],
    talosNote: TALOS_FIXED,
  }),
  apiserver({
    cisId: "1.2.23",
    rules: [
      { flag: "etcd-certfile", expect: { op: "set" } },
      { flag: "etcd-keyfile", expect: { op: "set" } },
    ],
    talosNote: TALOS_FIXED,
  }),
  apiserver({
    cisId: "1.2.24",
    rules: [
      { flag: "tls-cert-file", expect: { op: "set" } },
      { flag: "tls-private-key-file", expect: { op: "set" } },
    ],
    talosNote: TALOS_FIXED,
  }),
  apiserver({ cisId: "1.2.25", rules: [{ flag: "client-ca-file", expect: { op: "set" } }], talosNote: TALOS_FIXED }),
  apiserver({ cisId: "1.2.26", rules: [{ flag: "etcd-cafile", expect: { op: "set" } }], talosNote: TALOS_FIXED }),
  // Manual, but a missing provider config means Secrets sit in etcd in plain text: FAIL.
  apiserver({
    cisId: "1.2.27",
    rules: [{ flag: "encryption-provider-config", expect: { op: "set" } }],
    manualViolation: "FAIL",
    talosNote: TALOS_FIXED,
  }),
  // Manual, but without a policy file the API server audits nothing: FAIL.
  apiserver({ cisId: "3.2.1", rules: [{ flag: "audit-policy-file", expect: { op: "set" } }], manualViolation: "FAIL" }),
];
