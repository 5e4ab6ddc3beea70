import type { KubeletConfigSummary } from "@/lib/server/collect/snapshot/kubernetes-snapshot";

/** A kubelet setting tested by a CIS 4.2 check: the flag (which wins) and the config field. */
export interface KubeletRule {
  cisId: string;
  flag: string;
  /** KubeletConfiguration path, for evidence and messages. */
  field: string;
  read: (config: KubeletConfigSummary) => unknown;
  parseFlag: (raw: string) => unknown;
  /** The value when neither flag nor file sets it (KubeletConfiguration v1beta1 defaults). */
  defaultValue: unknown;
  isCompliant: (value: unknown) => boolean;
  /** "must be false", for FAIL messages. */
  expectation: string;
  manualViolation?: "FAIL" | "WARN";
}

const toBool = (raw: string): boolean => ["1", "t", "true"].includes(raw.trim().toLowerCase());
const toNumber = (raw: string): number => Number(raw);
const asString = (raw: string): string => raw;

/** Go duration as written by the kubelet ("4h0m0s", "5m", "0s"): is it zero? */
function isZeroDuration(value: unknown): boolean {
  return typeof value === "string" && /^[0hms.]+$/.test(value) && !/[1-9]/.test(value);
}

function featureGateFromFlag(name: string) {
  return (raw: string): unknown => {
    const entry = raw.split(",").find((item) => item.trim().startsWith(`${name}=`));
    return entry === undefined ? null : toBool(entry.split("=")[1] ?? "");
  };
}

export const KUBELET_RULES: KubeletRule[] = [
  {
    cisId: "4.2.1",
    flag: "anonymous-auth",
    field: "authentication.anonymous.enabled",
    read: (config) => config.anonymousAuthEnabled,
    parseFlag: toBool,
    defaultValue: false,
    isCompliant: (value) => value === false,
    expectation: "must be false",
  },
  {
    cisId: "4.2.2",
    flag: "authorization-mode",
    field: "authorization.mode",
    read: (config) => config.authorizationMode,
    parseFlag: asString,
    defaultValue: "Webhook",
    isCompliant: (value) => typeof value === "string" && value !== "AlwaysAllow",
    expectation: "must not be AlwaysAllow",
  },
  {
    cisId: "4.2.3",
    flag: "client-ca-file",
    field: "authentication.x509.clientCAFile",
    read: (config) => config.clientCAFile,
    parseFlag: asString,
    defaultValue: null,
    isCompliant: (value) => typeof value === "string" && value !== "",
    expectation: "must name the client CA file",
  },
  {
    cisId: "4.2.4",
    flag: "read-only-port",
    field: "readOnlyPort",
    read: (config) => config.readOnlyPort,
    parseFlag: toNumber,
    defaultValue: 0,
    isCompliant: (value) => value === 0,
    expectation: "must be 0 (disabled)",
    manualViolation: "FAIL",
  },
  {
    cisId: "4.2.5",
    flag: "streaming-connection-idle-timeout",
    field: "streamingConnectionIdleTimeout",
    read: (config) => config.streamingConnectionIdleTimeout,
    parseFlag: asString,
    defaultValue: "4h0m0s",
    isCompliant: (value) => typeof value === "string" && !isZeroDuration(value),
    expectation: "must not be 0",
    manualViolation: "FAIL",
  },
  {
    cisId: "4.2.6",
    flag: "make-iptables-util-chains",
    field: "makeIPTablesUtilChains",
    read: (config) => config.makeIPTablesUtilChains,
    parseFlag: toBool,
    defaultValue: true,
    isCompliant: (value) => value === true,
    expectation: "must be true",
  },
  {
    cisId: "4.2.8",
    flag: "event-qps",
    field: "eventRecordQPS",
    read: (config) => config.eventRecordQPS,
    parseFlag: toNumber,
    defaultValue: 50,
    isCompliant: (value) => typeof value === "number" && value >= 0,
    expectation: "must be 0 or more",
  },
  {
    cisId: "4.2.10",
    flag: "rotate-certificates",
    field: "rotateCertificates",
    read: (config) => config.rotateCertificates,
    parseFlag: toBool,
    defaultValue: false,
    isCompliant: (value) => value === true,
    expectation: "must be true",
  },
  {
    cisId: "4.2.11",
    flag: "feature-gates",
    field: "featureGates.RotateKubeletServerCertificate",
    read: (config) => config.featureGates.RotateKubeletServerCertificate ?? null,
    parseFlag: featureGateFromFlag("RotateKubeletServerCertificate"),
    defaultValue: true,
    isCompliant: (value) => value !== false,
    expectation: "must not be false",
    manualViolation: "FAIL",
  },
  {
    cisId: "4.2.13",
    flag: "pod-max-pids",
    field: "podPidsLimit",
    read: (config) => config.podPidsLimit,
    parseFlag: toNumber,
    defaultValue: -1,
    isCompliant: (value) => typeof value === "number" && value > 0,
    expectation: "should be a positive limit",
  },
];
