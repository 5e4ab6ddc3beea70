import type { Catalog, CheckDefinition, Framework, Mapping } from "@/lib/catalog/catalog-types";
import type { ScoredCluster } from "@/lib/server/frameworks/score-fleet";
import { cronIntervalMs } from "@/lib/server/runs/cron-slots";
import { platformOf } from "@/lib/server/evaluations/view-findings";
import { fromEnvironmentRow } from "@/lib/server/store/clusters/cluster-row";
import { findEvaluationAt } from "@/lib/server/store/evidence/find-evaluation-at";
import { findSuccessTimes, findWaiversInPeriod } from "@/lib/server/store/evidence/find-period-facts";
import { findPeriodStates } from "@/lib/server/store/evidence/find-period-states";
import { findImportedResults } from "@/lib/server/store/imports/find-imported-results";
import { toImportedFindingRecords } from "@/lib/server/imports/to-imported-finding-records";
import { classifyPeriod, type ControlPeriod } from "./classify-period";
import { oscalBackMatter, oscalClusterResult, oscalHead } from "./oscal-document";
import {
  CONTROLS_CSV_HEADER,
  FINDINGS_CSV_HEADER,
  WAIVERS_CSV_HEADER,
  controlCsvLine,
  findingCsvLine,
  toFindingRecords,
  waiverCsvLine,
  waiverStateAt,
  type PackCluster,
} from "./pack-rows";
import type { ResolvedScope } from "./resolve-evidence-scope";
import { StagedFile, StagedJsonArray } from "./staged-file";
import { staleRanges } from "./stale-ranges";
import type { SummaryCluster, SummaryData } from "./summary-pdf";

interface FrameworkFiles {
  framework: Framework;
  findingsCsv: StagedFile;
  findingsJson: StagedJsonArray;
  /** Control results per control id, in cluster order (small: controls x clusters). */
  controls: Map<string, { cluster: PackCluster; control: ControlPeriod }[]>;
  /** Check id → this framework's controls it maps to. */
  controlsOfCheck: Map<string, string[]>;
}

export interface StagedContent {
  summary: Omit<SummaryData, "fingerprint" | "publicKeyPem" | "lotseVersion" | "frameworks"> & {
    frameworks: Framework[];
    /** Per framework and control (`<framework>\0<control>`): clusters where it failed in the period. */
    controlFailures: Map<string, { clusters: number; firstFailedAt: string }>;
  };
  snapshotHashes: Set<string>;
  /** Period-end scores per cluster, for the fleet score (score-fleet.ts). */
  scored: ScoredCluster[];
}

function mappingsByControl(catalog: Catalog, framework: Framework): Map<string, Mapping[]> {
  const defined = new Set(catalog.checks.map((check) => check.id));
  const map = new Map<string, Mapping[]>();
  for (const mapping of catalog.mappings) {
    if (mapping.frameworkId !== framework.id || !defined.has(mapping.checkId)) continue;
    const list = map.get(mapping.controlId);
    if (list) list.push(mapping);
    else map.set(mapping.controlId, [mapping]);
  }
  return map;
}

/**
 * Writes the per-framework files and the OSCAL document into the staging directory, one cluster
 * at a time (only that cluster's finding states are in memory), and returns what the summary and
 * the snapshot files need.
 */
export async function stagePackContent({
  root,
  catalog,
  resolved,
  lotseVersion,
}: {
  root: string;
  catalog: Catalog;
  resolved: ResolvedScope;
  lotseVersion: string;
}): Promise<StagedContent> {
  const { scope, frameworks, clusters, checkIds } = resolved;
  const to = new Date(scope.to);
  const from = scope.from ? new Date(scope.from) : null;
  const period = { from, to };
  const checks = new Map<string, CheckDefinition>(catalog.checks.map((check) => [check.id, check]));
  const checkTitles = new Map([...checks].map(([id, check]) => [id, check.title]));

  const files: FrameworkFiles[] = [];
  for (const framework of frameworks) {
    const controlsOfCheck = new Map<string, string[]>();
    for (const [controlId, mappings] of mappingsByControl(catalog, framework)) {
      for (const { checkId } of mappings)
        controlsOfCheck.set(checkId, [...(controlsOfCheck.get(checkId) ?? []), controlId]);
    }
    const findingsCsv = await StagedFile.create(root, `${framework.id}/findings.csv`);
    await findingsCsv.write(FINDINGS_CSV_HEADER);
    files.push({
      framework,
      findingsCsv,
      findingsJson: await StagedJsonArray.create(root, `${framework.id}/findings.json`),
      controls: new Map(framework.controls.map((control) => [control.id, []])),
      controlsOfCheck,
    });
  }

  const oscal = await StagedFile.create(root, "oscal/assessment-results.json");
  const head = JSON.stringify(oscalHead({ scope, lotseVersion, catalogVersion: catalog.version }), null, 2);
  await oscal.write(`{\n"assessment-results": ${head.replace(/\n}$/, "")},\n  "results": [`);

  const successTimes = await findSuccessTimes({ clusterIds: clusters.map((row) => row.id), from, to });
  const snapshotHashes = new Set<string>();
  const summaryClusters: SummaryCluster[] = [];
  const controlFailures = new Map<string, { clusters: number; firstFailedAt: string }>();
  const scored: ScoredCluster[] = [];

  for (const [index, row] of clusters.entries()) {
    const [states, evaluation, imported] = await Promise.all([
      findPeriodStates({ clusterId: row.id, checkIds, period }),
      findEvaluationAt({ clusterId: row.id, at: to }),
      findImportedResults({ clusterId: row.id, to, from }),
    ]);
    const cluster: PackCluster = {
      id: row.id,
      name: row.name,
      environment: fromEnvironmentRow(row.environment),
      platform: platformOf(evaluation),
    };
    for (const state of states) snapshotHashes.add(state.snapshotHash);
    const periods = classifyPeriod({ catalog, frameworks, states, from, to });
    const records = [
      ...toFindingRecords({ cluster, rows: states, checks, to }),
      // Imported scanner results in force during the period, with their provenance in `source`.
      ...toImportedFindingRecords({ cluster, imported, states, checks, catalogVersion: catalog.version, to }),
    ];
    for (const frameworkFiles of files) {
      for (const record of records) {
        const controls = frameworkFiles.controlsOfCheck.get(record.checkId);
        if (!controls) continue;
        const full = { ...record, controls: [...new Set(controls)] };
        await frameworkFiles.findingsCsv.write(findingCsvLine(full));
        await frameworkFiles.findingsJson.push(full);
      }
      const frameworkPeriod = periods.find((candidate) => candidate.frameworkId === frameworkFiles.framework.id);
      for (const control of frameworkPeriod?.controls ?? []) {
        frameworkFiles.controls.get(control.controlId)?.push({ cluster, control });
        if (control.verdict !== "failed" || !control.firstFailedAt) continue;
        const key = `${frameworkFiles.framework.id}\u0000${control.controlId}`;
        const known = controlFailures.get(key);
        controlFailures.set(key, {
          clusters: (known?.clusters ?? 0) + 1,
          firstFailedAt:
            known && known.firstFailedAt < control.firstFailedAt ? known.firstFailedAt : control.firstFailedAt,
        });
      }
    }
    const result = oscalClusterResult({ scope, cluster, frameworks, periods, states, checkTitles });
    await oscal.write(`${index === 0 ? "\n" : ",\n"}${JSON.stringify(result, null, 2)}`);

    const limitMs = 2 * cronIntervalMs({ schedule: row.schedule, now: to });
    const stale = staleRanges({
      successes: successTimes.get(row.id) ?? [],
      createdAt: row.createdAt,
      limitMs,
      from,
      to,
    });
    const firstSince = states.length > 0 ? Math.min(...states.map((state) => state.since.getTime())) : null;
    const start = from?.getTime() ?? to.getTime();
    summaryClusters.push({
      name: row.name,
      environment: cluster.environment,
      platform: cluster.platform,
      scores: evaluation
        ? new Map(periods.map((frameworkPeriod) => [frameworkPeriod.frameworkId, frameworkPeriod.scoreAtEnd.score]))
        : null,
      isStaleAtEnd: stale.at(-1)?.to === scope.to,
      staleRanges: stale,
      unevaluatedMs:
        firstSince === null ? to.getTime() - start : Math.max(0, Math.min(firstSince, to.getTime()) - start),
    });
    scored.push({
      row,
      environment: fromEnvironmentRow(row.environment),
      platform: cluster.platform,
      freshness:
        stale.at(-1)?.to === scope.to ? "stale" : (successTimes.get(row.id)?.length ?? 0) > 0 ? "fresh" : "never",
      isStale: stale.at(-1)?.to === scope.to,
      evaluation,
      scores: evaluation
        ? new Map(periods.map((frameworkPeriod) => [frameworkPeriod.frameworkId, frameworkPeriod.scoreAtEnd]))
        : null,
    });
  }
  await oscal.write(`\n  ],\n  "back-matter": ${JSON.stringify(oscalBackMatter(scope), null, 2)}\n}\n}\n`);
  await oscal.close();

  const clusterNames = new Map(clusters.map((row) => [row.id, row.name]));
  const waivers = await findWaiversInPeriod({ clusterIds: clusters.map((row) => row.id), checkIds, period });
  for (const frameworkFiles of files) {
    await frameworkFiles.findingsCsv.close();
    await frameworkFiles.findingsJson.close();
    const { framework } = frameworkFiles;
    const titles = new Map(framework.controls.map((control) => [control.id, control.title]));
    const mappings = mappingsByControl(catalog, framework);
    const controlsCsv = await StagedFile.create(root, `${framework.id}/controls.csv`);
    const controlsJson = await StagedJsonArray.create(root, `${framework.id}/controls.json`);
    await controlsCsv.write(CONTROLS_CSV_HEADER);
    for (const control of framework.controls) {
      const results = frameworkFiles.controls.get(control.id) ?? [];
      const mapped = mappings.get(control.id) ?? [];
      for (const { cluster, control: result } of results) {
        await controlsCsv.write(
          controlCsvLine({ framework, title: control.title, cluster, control: result, mappings: mapped }),
        );
      }
      await controlsJson.push({
        frameworkId: framework.id,
        controlId: control.id,
        title: titles.get(control.id) ?? control.id,
        mappedChecks: mapped.map((mapping) => ({
          checkId: mapping.checkId,
          title: checkTitles.get(mapping.checkId) ?? mapping.checkId,
          provenance: mapping.provenance,
          reason: mapping.reason ?? null,
        })),
        clusters: results.map(({ cluster, control: result }) => ({
          clusterId: cluster.id,
          cluster: cluster.name,
          ...result,
        })),
      });
    }
    await controlsCsv.close();
    await controlsJson.close();

    const waiversCsv = await StagedFile.create(root, `${framework.id}/waivers.csv`);
    await waiversCsv.write(WAIVERS_CSV_HEADER);
    for (const waiver of waivers.filter((candidate) => frameworkFiles.controlsOfCheck.has(candidate.checkId))) {
      await waiversCsv.write(
        waiverCsvLine({
          waiver,
          checkTitle: checkTitles.get(waiver.checkId) ?? waiver.checkId,
          clusterName: waiver.clusterId ? (clusterNames.get(waiver.clusterId) ?? waiver.clusterId) : "all clusters",
          to,
        }),
      );
    }
    await waiversCsv.close();
  }

  return {
    snapshotHashes,
    scored,
    summary: {
      scope,
      catalogVersion: catalog.version,
      frameworks,
      clusters: summaryClusters,
      controlFailures,
      topFailing: [],
      waivers: waivers.map((waiver) => ({
        checkId: waiver.checkId,
        target: [
          waiver.clusterId ? (clusterNames.get(waiver.clusterId) ?? waiver.clusterId) : "all clusters",
          waiver.namespace ? `ns ${waiver.namespace}` : null,
          waiver.node ? `node ${waiver.node}` : null,
        ]
          .filter(Boolean)
          .join(", "),
        expiresAt: waiver.expiresAt.toISOString(),
        approvedBy: waiver.approvedBy,
        state: waiverStateAt(waiver, to),
      })),
    },
  };
}
