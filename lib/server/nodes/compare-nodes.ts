import type {
  CompareCell,
  CompareRow,
  CompareSection,
  NodeAttributeStatus,
  NodeCompareView,
  NodeRole,
} from "@/lib/shared/node-view";
import type { NodeEntry } from "./build-node-entries";

/** One attribute of one node: its display value (null: not readable) and its verdict, if judged. */
interface Reading {
  value: string | null;
  status: NodeAttributeStatus | null;
}

interface RowSpec {
  id: string;
  label: string;
  /** How the attribute is named outside its table (outlier lists, the node's differences). */
  attribute: string;
  peerScope: CompareRow["peerScope"];
  expected: string | null;
  read: (entry: NodeEntry) => Reading;
}

const UNREADABLE: Reading = { value: null, status: null };

/**
 * The Talos nodes side by side: version, security state, every KSPP sysctl, every checked kernel
 * argument and every service. In each row a node holding another value than the majority of its
 * peers (more than half of those whose value was read) `differs`; when no value has a majority,
 * every readable cell is `no-majority`. Services are compared among nodes of the same role only
 * (control planes run etcd, workers do not). Only nodes read through the Talos API take part.
 */
export function compareNodes(entries: readonly NodeEntry[]): NodeCompareView {
  const nodes = entries
    .filter((entry) => entry.summary.hasTalosData)
    .sort(
      (a, b) => roleRank(a.summary.role) - roleRank(b.summary.role) || a.summary.name.localeCompare(b.summary.name),
    );
  const sections: { id: CompareSection["id"]; title: string; specs: RowSpec[] }[] = [
    { id: "platform", title: "Release", specs: platformSpecs() },
    { id: "security", title: "Security state", specs: securitySpecs() },
    { id: "kspp", title: "KSPP sysctls", specs: ksppSpecs(nodes) },
    { id: "cmdline", title: "Kernel command line", specs: cmdlineSpecs(nodes) },
    { id: "services", title: "Services", specs: serviceSpecs(nodes) },
  ];
  const differing = new Map<string, string[]>();
  const result = sections.map(({ id, title, specs }): CompareSection => ({
    id,
    title,
    rows: specs.map((spec) => {
      const row = compareRow(spec, nodes);
      for (const cell of row.cells) {
        if (cell.standing === "differs")
          differing.set(cell.node, [...(differing.get(cell.node) ?? []), spec.attribute]);
      }
      return row;
    }),
  }));
  return {
    nodes: nodes.map((entry) => ({ name: entry.summary.name, role: entry.summary.role })),
    sections: result,
    outliers: [...differing.entries()]
      .map(([name, attributes]) => ({ name, attributes }))
      .sort((a, b) => b.attributes.length - a.attributes.length || a.name.localeCompare(b.name)),
  };
}

function compareRow(spec: RowSpec, nodes: readonly NodeEntry[]): CompareRow {
  const readings = nodes.map((entry) => ({ entry, reading: spec.read(entry) }));
  const groupOf = (entry: NodeEntry) => (spec.peerScope === "all" ? "all" : (entry.summary.role ?? "unknown"));
  const majorities = new Map<string, string | null>();
  for (const group of new Set(readings.map(({ entry }) => groupOf(entry)))) {
    const values = readings
      .filter(({ entry, reading }) => groupOf(entry) === group && reading.value !== null)
      .map(({ reading }) => reading.value as string);
    majorities.set(group, findMajority(values));
  }
  const cells = readings.map(({ entry, reading }): CompareCell => {
    const majority = majorities.get(groupOf(entry)) ?? null;
    return {
      node: entry.summary.name,
      value: reading.value,
      status: reading.status,
      standing:
        reading.value === null
          ? "unreadable"
          : majority === null
            ? "no-majority"
            : reading.value === majority
              ? "majority"
              : "differs",
    };
  });
  return {
    id: spec.id,
    label: spec.label,
    attribute: spec.attribute,
    peerScope: spec.peerScope,
    expected: spec.expected,
    isUniform: cells.every((cell) => cell.standing === "majority" || cell.standing === "unreadable"),
    cells,
  };
}

/** The value more than half of `values` hold; null when none does (or there are none). */
export function findMajority(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const [value, count] of counts) if (count * 2 > values.length) return value;
  return null;
}

function roleRank(role: NodeRole | null): number {
  return role === "controlplane" ? 0 : role === "worker" ? 1 : 2;
}

function platformSpecs(): RowSpec[] {
  const specs: [id: string, label: string, read: (summary: NodeEntry["summary"]) => string | null][] = [
    ["talos-version", "Talos version", (summary) => summary.talosVersion],
    ["kernel-version", "Kernel version", (summary) => summary.kernelVersion],
    ["kubelet-version", "Kubelet version", (summary) => summary.kubeletVersion],
  ];
  return specs.map(([id, label, read]) => ({
    id,
    label,
    attribute: label,
    peerScope: "all",
    expected: null,
    read: (entry) => ({ value: read(entry.summary), status: null }),
  }));
}

function securitySpecs(): RowSpec[] {
  const fromState =
    (read: (state: Extract<NodeEntry["security"], { isReadable: true }>["value"]) => Reading) =>
    (entry: NodeEntry): Reading =>
      entry.security.isReadable ? read(entry.security.value) : UNREADABLE;
  const specs: Omit<RowSpec, "attribute" | "peerScope">[] = [
    {
      id: "secure-boot",
      label: "Secure Boot",
      expected: "on",
      read: fromState((state) => ({
        value: state.secureBoot ? "on" : "off",
        status: state.secureBoot ? "PASS" : "FAIL",
      })),
    },
    {
      id: "uki",
      label: "Booted with UKI",
      expected: null,
      read: fromState((state) => ({ value: state.bootedWithUKI ? "yes" : "no", status: null })),
    },
    {
      id: "selinux",
      label: "SELinux",
      expected: "enforcing",
      read: fromState((state) => ({
        value: state.selinux,
        status: state.selinux === "enforcing" ? "PASS" : state.selinux === "unknown" ? "UNKNOWN" : "FAIL",
      })),
    },
    {
      id: "fips",
      label: "FIPS mode",
      expected: null,
      read: fromState((state) => ({ value: state.fips, status: null })),
    },
    {
      id: "module-signatures",
      label: "Module signatures",
      expected: "enforced",
      read: fromState((state) =>
        state.moduleSignatureEnforced === null
          ? { value: "not reported", status: "UNKNOWN" }
          : state.moduleSignatureEnforced
            ? { value: "enforced", status: "PASS" }
            : { value: "not enforced", status: "FAIL" },
      ),
    },
  ];
  return specs.map((spec) => ({ ...spec, attribute: spec.label, peerScope: "all" }));
}

function ksppSpecs(nodes: readonly NodeEntry[]): RowSpec[] {
  const expectedByKey = new Map<string, Set<string>>();
  for (const entry of nodes) {
    if (!entry.kernelParams.isReadable) continue;
    for (const row of entry.kernelParams.value.rows) {
      expectedByKey.set(row.key, (expectedByKey.get(row.key) ?? new Set()).add(row.expected));
    }
  }
  return [...expectedByKey.entries()].map(([key, expected]) => {
    const sysctl = key.replace(/^proc\.sys\./, "");
    return {
      id: `kspp:${key}`,
      label: sysctl,
      attribute: sysctl,
      peerScope: "all",
      expected: expected.size === 1 ? [...expected][0]! : "depends on the release",
      read: (entry: NodeEntry): Reading => {
        if (!entry.kernelParams.isReadable) return UNREADABLE;
        const row = entry.kernelParams.value.rows.find((candidate) => candidate.key === key);
        if (!row) return UNREADABLE;
        return { value: row.current ?? "absent", status: row.status };
      },
    };
  });
}

function cmdlineSpecs(nodes: readonly NodeEntry[]): RowSpec[] {
  const expectedByKey = new Map<string, string>();
  for (const entry of nodes) {
    if (!entry.cmdline.isReadable) continue;
    for (const requirement of entry.cmdline.value.requirements)
      if (!expectedByKey.has(requirement.key)) expectedByKey.set(requirement.key, requirement.expected);
  }
  return [...expectedByKey.entries()].map(([key, expected]) => ({
    id: `cmdline:${key}`,
    label: key,
    attribute: `kernel argument ${key}`,
    peerScope: "all",
    expected,
    read: (entry: NodeEntry): Reading => {
      if (!entry.cmdline.isReadable) return UNREADABLE;
      const requirement = entry.cmdline.value.requirements.find((candidate) => candidate.key === key);
      if (!requirement) return UNREADABLE;
      return { value: requirement.current ?? "absent", status: requirement.status };
    },
  }));
}

// Short, distinct words: a matrix of many nodes has no room for "Running · no health check".
const SERVICE_VALUES = {
  healthy: () => "healthy",
  unhealthy: () => "unhealthy",
  unchecked: () => "running · no check",
  failed: () => "failed",
  stopped: (state: string) => state.toLowerCase(),
} as const;

function serviceSpecs(nodes: readonly NodeEntry[]): RowSpec[] {
  const ids = new Set<string>();
  for (const entry of nodes)
    if (entry.services.isReadable) for (const service of entry.services.value) ids.add(service.id);
  return [...ids].sort().map((id) => ({
    id: `service:${id}`,
    label: id,
    attribute: `service ${id}`,
    peerScope: "role",
    expected: null,
    read: (entry: NodeEntry): Reading => {
      if (!entry.services.isReadable) return UNREADABLE;
      const service = entry.services.value.find((candidate) => candidate.id === id);
      if (!service) return { value: "not present", status: null };
      return {
        value: SERVICE_VALUES[service.health](service.state),
        status:
          service.health === "healthy"
            ? "PASS"
            : service.health === "unhealthy" || service.health === "failed"
              ? "FAIL"
              : null,
      };
    },
  }));
}
