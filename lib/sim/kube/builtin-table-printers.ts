import { formatAge } from "./format-age";
import {
  column,
  formatLabelSelector,
  NAME_COLUMN,
  orNone,
  read,
  readArray,
  readNumber,
  type TableColumn,
  type TablePrinter,
} from "./table-printer-types";

// Columns of the apiserver's built-in table printers (pkg/printers/internalversion) for the
// resources people look at with `kubectl get`; priority-1 columns appear with `-o wide`.

const AGE = column(
  "Age",
  "string",
  "CreationTimestamp is a timestamp representing the server time when this object was created.",
);
const age = (object: Record<string, unknown>, now: Date) =>
  formatAge({ since: read(object, "metadata", "creationTimestamp") as string, now });
const name = (object: Record<string, unknown>) => read(object, "metadata", "name");

function printer(columns: TableColumn[], cells: TablePrinter["cells"]): TablePrinter {
  return { columns: [NAME_COLUMN, ...columns], cells: (object, now) => [name(object), ...cells(object, now)] };
}

function podCells(pod: Record<string, unknown>, now: Date): unknown[] {
  const statuses = readArray(pod, "status", "containerStatuses");
  const total = readArray(pod, "spec", "containers").length;
  const ready = statuses.filter((status) => status.ready === true).length;
  const restarts = statuses.reduce(
    (sum, status) => sum + (typeof status.restartCount === "number" ? status.restartCount : 0),
    0,
  );
  const waiting = statuses
    .map((status) => read(status, "state", "waiting", "reason"))
    .find((reason) => typeof reason === "string");
  const phase = read(pod, "status", "reason") ?? waiting ?? read(pod, "status", "phase") ?? "Unknown";
  const gates = readArray(pod, "spec", "readinessGates").length;
  return [
    `${ready}/${total}`,
    phase,
    String(restarts),
    age(pod, now),
    orNone(read(pod, "status", "podIP")),
    orNone(read(pod, "spec", "nodeName")),
    orNone(read(pod, "status", "nominatedNodeName")),
    gates === 0 ? "<none>" : `0/${gates}`,
  ];
}

function nodeCells(node: Record<string, unknown>, now: Date): unknown[] {
  const ready = readArray(node, "status", "conditions").find((condition) => condition.type === "Ready");
  let status = ready?.status === "True" ? "Ready" : ready ? "NotReady" : "Unknown";
  if (read(node, "spec", "unschedulable") === true) status += ",SchedulingDisabled";
  const labels = (read(node, "metadata", "labels") ?? {}) as Record<string, string>;
  const roles = Object.keys(labels)
    .filter((key) => key.startsWith("node-role.kubernetes.io/"))
    .map((key) => key.slice("node-role.kubernetes.io/".length))
    .sort();
  const address = (type: string) =>
    readArray(node, "status", "addresses").find((entry) => entry.type === type)?.address;
  return [
    status,
    roles.length === 0 ? "<none>" : roles.join(","),
    age(node, now),
    read(node, "status", "nodeInfo", "kubeletVersion") ?? "",
    orNone(address("InternalIP")),
    orNone(address("ExternalIP")),
    read(node, "status", "nodeInfo", "osImage") ?? "",
    read(node, "status", "nodeInfo", "kernelVersion") ?? "",
    read(node, "status", "nodeInfo", "containerRuntimeVersion") ?? "",
  ];
}

function bindingCells(binding: Record<string, unknown>, now: Date): unknown[] {
  const subjects = readArray(binding, "subjects");
  const of = (kind: string) =>
    subjects
      .filter((subject) => subject.kind === kind)
      .map((subject) =>
        kind === "ServiceAccount" ? `${String(subject.namespace ?? "")}/${String(subject.name)}` : String(subject.name),
      )
      .join(", ");
  return [
    `${String(read(binding, "roleRef", "kind"))}/${String(read(binding, "roleRef", "name"))}`,
    age(binding, now),
    of("User"),
    of("Group"),
    of("ServiceAccount"),
  ];
}

const wide = (label: string, description = label) => column(label, "string", description, { priority: 1 });
const count = (label: string) => column(label, "integer", label);
const text = (label: string) => column(label, "string", label);
const BINDING_COLUMNS = [text("Role"), AGE, wide("Users"), wide("Groups"), wide("ServiceAccounts")];
// Descriptions of the apiserver's ConfigMap and Secret columns (the fields' API documentation).
const CONFIG_MAP_DATA =
  "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.";
const SECRET_TYPE =
  "Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types";
const SECRET_DATA =
  "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4";
const dataCount = (object: Record<string, unknown>) =>
  Object.keys((read(object, "data") ?? {}) as object).length +
  Object.keys((read(object, "binaryData") ?? {}) as object).length;

/** Printers by `${group}/${resource}`; other built-ins use the default Name / Created At table. */
export const BUILTIN_TABLE_PRINTERS: Record<string, TablePrinter> = {
  "/namespaces": printer([text("Status"), AGE], (ns, now) => [read(ns, "status", "phase") ?? "Active", age(ns, now)]),
  "/nodes": printer(
    [
      text("Status"),
      text("Roles"),
      AGE,
      text("Version"),
      wide("Internal-IP"),
      wide("External-IP"),
      wide("OS-Image"),
      wide("Kernel-Version"),
      wide("Container-Runtime"),
    ],
    nodeCells,
  ),
  "/pods": printer(
    [
      text("Ready"),
      text("Status"),
      text("Restarts"),
      AGE,
      wide("IP"),
      wide("Node"),
      wide("Nominated Node"),
      wide("Readiness Gates"),
    ],
    podCells,
  ),
  "/services": printer([text("Type"), text("Cluster-IP"), text("External-IP"), text("Port(s)"), AGE], (svc, now) => [
    read(svc, "spec", "type") ?? "ClusterIP",
    orNone(read(svc, "spec", "clusterIP")),
    orNone((read(svc, "spec", "externalIPs") as string[] | undefined)?.join(",")),
    readArray(svc, "spec", "ports")
      .map((port) => `${String(port.port)}/${String(port.protocol ?? "TCP")}`)
      .join(",") || "<none>",
    age(svc, now),
  ]),
  "/configmaps": printer([column("Data", "string", CONFIG_MAP_DATA), AGE], (cm, now) => [dataCount(cm), age(cm, now)]),
  // The Data cell counts keys: the table never carries a Secret's data (Lotse reads its type here).
  "/secrets": printer(
    [column("Type", "string", SECRET_TYPE), column("Data", "string", SECRET_DATA), AGE],
    (secret, now) => [read(secret, "type") ?? "Opaque", dataCount(secret), age(secret, now)],
  ),
  "/serviceaccounts": printer([count("Secrets"), AGE], (sa, now) => [readArray(sa, "secrets").length, age(sa, now)]),
  "apps/deployments": printer([text("Ready"), count("Up-to-date"), count("Available"), AGE], (d, now) => [
    `${readNumber(d, "status", "readyReplicas")}/${readNumber(d, "spec", "replicas")}`,
    readNumber(d, "status", "updatedReplicas"),
    readNumber(d, "status", "availableReplicas"),
    age(d, now),
  ]),
  "apps/statefulsets": printer([text("Ready"), AGE], (s, now) => [
    `${readNumber(s, "status", "readyReplicas")}/${readNumber(s, "spec", "replicas")}`,
    age(s, now),
  ]),
  "apps/replicasets": printer([count("Desired"), count("Current"), count("Ready"), AGE], (rs, now) => [
    readNumber(rs, "spec", "replicas"),
    readNumber(rs, "status", "replicas"),
    readNumber(rs, "status", "readyReplicas"),
    age(rs, now),
  ]),
  "apps/daemonsets": printer(
    [
      count("Desired"),
      count("Current"),
      count("Ready"),
      count("Up-to-date"),
      count("Available"),
      text("Node Selector"),
      AGE,
    ],
    (ds, now) => [
      readNumber(ds, "status", "desiredNumberScheduled"),
      readNumber(ds, "status", "currentNumberScheduled"),
      readNumber(ds, "status", "numberReady"),
      readNumber(ds, "status", "updatedNumberScheduled"),
      readNumber(ds, "status", "numberAvailable"),
      orNone(
        Object.entries((read(ds, "spec", "template", "spec", "nodeSelector") ?? {}) as Record<string, string>)
          .map(([k, v]) => `${k}=${v}`)
          .join(","),
      ),
      age(ds, now),
    ],
  ),
  "batch/jobs": printer([text("Status"), text("Completions"), AGE], (job, now) => [
    readArray(job, "status", "conditions").some((c) => c.type === "Complete" && c.status === "True")
      ? "Complete"
      : readArray(job, "status", "conditions").some((c) => c.type === "Failed" && c.status === "True")
        ? "Failed"
        : "Running",
    `${readNumber(job, "status", "succeeded")}/${(read(job, "spec", "completions") as number | undefined) ?? 1}`,
    age(job, now),
  ]),
  "batch/cronjobs": printer(
    [text("Schedule"), text("Timezone"), text("Suspend"), count("Active"), text("Last Schedule"), AGE],
    (cj, now) => [
      read(cj, "spec", "schedule") ?? "",
      orNone(read(cj, "spec", "timeZone")),
      String(read(cj, "spec", "suspend") === true ? "True" : "False"),
      readArray(cj, "status", "active").length,
      read(cj, "status", "lastScheduleTime")
        ? formatAge({ since: read(cj, "status", "lastScheduleTime") as string, now })
        : "<none>",
      age(cj, now),
    ],
  ),
  "networking.k8s.io/networkpolicies": printer([text("Pod-Selector"), AGE], (np, now) => [
    formatLabelSelector(read(np, "spec", "podSelector")),
    age(np, now),
  ]),
  "rbac.authorization.k8s.io/rolebindings": printer(BINDING_COLUMNS, bindingCells),
  "rbac.authorization.k8s.io/clusterrolebindings": printer(BINDING_COLUMNS, bindingCells),
};
