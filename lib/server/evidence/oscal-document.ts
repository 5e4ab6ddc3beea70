import type { Framework } from "@/lib/catalog/catalog-types";
import type { EvidenceScope } from "@/lib/shared/evidence-pack-view";
import type { ControlPeriod, FrameworkPeriod, StateInterval } from "./classify-period";
import { uuidV5 } from "./uuid-v5";

// OSCAL assessment-results (SAR), reference/catalog.md §5.3: one result per cluster, one
// observation per check that has evidence in the period, one finding per assessed control, tied to
// the control through `target.target-id` = `<oscal control id>_obj`. UUIDs are v5 of their content
// keys, so the same scope over the same data yields the same document.

export const OSCAL_VERSION = "1.1.2";
export const LOTSE_OSCAL_NS = "https://lotse.dev/ns/oscal";

/**
 * The OSCAL token for a control: NIST's own form for SP 800-53 (`AC-6(9)` → `ac-6.9`), otherwise the
 * framework id and the control id lower-cased, `(x)` → `.x`, other punctuation → `-`
 * (`A.8.9` → `iso-27001_a.8.9`, `Art. 21(2)(d)` → `nis2_art.21.2.d`). Tokens start with a letter.
 */
export function oscalControlId(frameworkId: string, controlId: string): string {
  const token = controlId
    .toLowerCase()
    .replace(/\(([^)]*)\)/g, ".$1")
    .replace(/\.\s+/g, ".")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return frameworkId === "nist-800-53" ? token : `${frameworkId}_${token}`;
}

export interface OscalCluster {
  id: string;
  name: string;
  environment: string;
  platform: string | null;
}

export interface OscalHeadInput {
  scope: EvidenceScope;
  lotseVersion: string;
  catalogVersion: string;
}

const prop = (name: string, value: string) => ({ name, ns: LOTSE_OSCAL_NS, value });

export function documentUuid(scope: EvidenceScope): string {
  return uuidV5(`assessment-results:${JSON.stringify(scope)}`);
}

const toolUuid = (documentId: string) => uuidV5(`tool:${documentId}`);
const planUuid = (documentId: string) => uuidV5(`assessment-plan:${documentId}`);

/** Everything before `results`: uuid, metadata, import-ap (a stub plan in back-matter). */
export function oscalHead({ scope, lotseVersion, catalogVersion }: OscalHeadInput) {
  const id = documentUuid(scope);
  return {
    uuid: id,
    metadata: {
      title: `Lotse evidence pack: ${scope.frameworks.join(", ")}`,
      "last-modified": scope.to,
      version: `lotse-${lotseVersion}+catalog-${catalogVersion}`,
      "oscal-version": OSCAL_VERSION,
      props: [
        prop("catalog-version", catalogVersion),
        prop("period-start", scope.from ?? scope.to),
        prop("period-end", scope.to),
      ],
    },
    "import-ap": { href: `#${planUuid(id)}` },
  };
}

/** The back-matter: the scope as the (stub) assessment plan that import-ap points at. */
export function oscalBackMatter(scope: EvidenceScope) {
  const id = documentUuid(scope);
  return {
    resources: [
      {
        uuid: planUuid(id),
        title: "Assessment plan (stub): the evidence pack's scope",
        description: "Lotse evaluates every mapped check of the chosen frameworks on the clusters in scope.",
        props: [prop("scope", JSON.stringify(scope))],
        rlinks: [{ href: "../manifest.json", "media-type": "application/json" }],
      },
    ],
  };
}

function describeControl(control: ControlPeriod, period: string): string {
  switch (control.verdict) {
    case "held":
      return `Held throughout ${period}.`;
    case "failed":
      return `Failed at some point of ${period}: first at ${control.firstFailedAt}, ${control.failedRanges.length} time(s); status at the end: ${control.statusAtEnd}.`;
    case "unknown":
      return `Not failed, but unknown for part of ${period} (${Math.round(control.unknownMs / 1000)} s): evidence missing or not evaluated yet.`;
    case "warn":
      return `Needs review during ${period}: a mapped check asks for human judgement.`;
    case "waived":
      return `Failing checks were under an accepted-risk waiver during ${period}.`;
    case "not-applicable":
      return `Not applicable on this cluster throughout ${period}.`;
    case "unassessed":
      return "No defined check maps to this control.";
  }
}

/** One OSCAL result for one cluster. */
export function oscalClusterResult({
  scope,
  cluster,
  frameworks,
  periods,
  states,
  checkTitles,
}: {
  scope: EvidenceScope;
  cluster: OscalCluster;
  frameworks: readonly Framework[];
  periods: readonly FrameworkPeriod[];
  states: readonly (StateInterval & { snapshotHash: string })[];
  checkTitles: ReadonlyMap<string, string>;
}) {
  const documentId = documentUuid(scope);
  const resultId = uuidV5(`result:${documentId}:${cluster.id}`);
  const itemId = uuidV5(`inventory-item:${cluster.id}`);
  const period = scope.from ? `the period ${scope.from} – ${scope.to}` : `the instant ${scope.to}`;

  const byCheck = new Map<string, (StateInterval & { snapshotHash: string })[]>();
  for (const state of states) {
    const list = byCheck.get(state.checkId);
    if (list) list.push(state);
    else byCheck.set(state.checkId, [state]);
  }
  const observationIds = new Map<string, string>();
  const observations = [...byCheck.keys()].sort().map((checkId) => {
    const checkStates = byCheck.get(checkId)!;
    const uuid = uuidV5(`observation:${resultId}:${checkId}`);
    observationIds.set(checkId, uuid);
    const counts = new Map<string, number>();
    for (const state of checkStates) counts.set(state.status, (counts.get(state.status) ?? 0) + 1);
    const hashes = [...new Set(checkStates.map((state) => state.snapshotHash))].sort();
    const collected = new Date(Math.max(...checkStates.map((state) => state.since.getTime()))).toISOString();
    return {
      uuid,
      title: checkTitles.get(checkId) ?? checkId,
      description: `Check ${checkId} on cluster ${cluster.name}: ${[...counts]
        .sort()
        .map(([status, count]) => `${count} ${status}`)
        .join(", ")} finding state(s) in ${period}.`,
      props: [prop("check-id", checkId)],
      methods: ["TEST"],
      types: ["discovery"],
      origins: [{ actors: [{ type: "tool", "actor-uuid": toolUuid(documentId) }] }],
      subjects: [{ "subject-uuid": itemId, type: "inventory-item", title: cluster.name }],
      "relevant-evidence": [
        ...hashes.map((hash) => ({
          href: `../snapshots/${hash}.json`,
          description: `Redacted cluster snapshot ${hash} (SHA-256 of its content) that the finding states cite.`,
        })),
      ],
      collected,
    };
  });

  const names = new Map(frameworks.map((framework) => [framework.id, framework]));
  const reviewed: { "control-id": string }[] = [];
  const findings = periods.flatMap((frameworkPeriod) => {
    const framework = names.get(frameworkPeriod.frameworkId as Framework["id"]);
    const titles = new Map(framework?.controls.map((control) => [control.id, control.title]));
    return frameworkPeriod.controls
      .filter((control) => control.verdict !== "unassessed")
      .map((control) => {
        const controlToken = oscalControlId(frameworkPeriod.frameworkId, control.controlId);
        reviewed.push({ "control-id": controlToken });
        const related = control.checksAtEnd
          .map((check) => observationIds.get(check.checkId))
          .filter((uuid): uuid is string => uuid !== undefined);
        return {
          uuid: uuidV5(`finding:${resultId}:${frameworkPeriod.frameworkId}:${control.controlId}`),
          title: `${framework?.name ?? frameworkPeriod.frameworkId} ${control.controlId} on ${cluster.name}`,
          description: describeControl(control, period),
          props: [
            prop("framework", frameworkPeriod.frameworkId),
            prop("control-label", control.controlId),
            prop("period-verdict", control.verdict),
            prop("status-at-end", control.statusAtEnd),
            ...(control.firstFailedAt ? [prop("first-failed-at", control.firstFailedAt)] : []),
          ],
          target: {
            type: "objective-id",
            "target-id": `${controlToken}_obj`,
            title: `${control.controlId} ${titles.get(control.controlId) ?? ""}`.trim(),
            status: {
              state: control.verdict === "held" ? "satisfied" : "not-satisfied",
              reason: control.verdict === "held" ? "pass" : control.verdict === "failed" ? "fail" : "other",
            },
          },
          ...(related.length > 0
            ? { "related-observations": [...new Set(related)].map((uuid) => ({ "observation-uuid": uuid })) }
            : {}),
        };
      });
  });

  return {
    uuid: resultId,
    title: `Cluster ${cluster.name}`,
    description: `Lotse evaluation of cluster ${cluster.name} (${cluster.environment}, ${cluster.platform ?? "platform unknown"}) over ${period}.`,
    start: scope.from ?? scope.to,
    end: scope.to,
    props: [prop("cluster-id", cluster.id)],
    "local-definitions": {
      components: [
        {
          uuid: toolUuid(documentId),
          type: "software",
          title: "Lotse",
          description: "Agentless, read-only compliance evaluation of Kubernetes and Talos clusters.",
          status: { state: "operational" },
        },
      ],
      "inventory-items": [
        {
          uuid: itemId,
          description: `Kubernetes cluster ${cluster.name}`,
          props: [prop("cluster-id", cluster.id), prop("environment", cluster.environment)],
        },
      ],
    },
    "reviewed-controls": {
      "control-selections": [reviewed.length > 0 ? { "include-controls": reviewed } : { "include-all": {} }],
    },
    observations,
    findings,
  };
}
