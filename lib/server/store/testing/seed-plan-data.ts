import { getDb } from "@/lib/server/store/db";

/**
 * Test and bench support: fills the history tables with synthetic rows in the shape a long-running
 * fleet leaves behind (per cluster: finding states over many intervals, evaluations, runs and a
 * rollup row per framework and day), fast, with plain INSERT … SELECT, then ANALYZEs them so the
 * planner sees realistic sizes. Only for plan checks: the rows are not a valid evaluation history.
 */
export async function seedPlanData({
  clusters = 30,
  subjects = 200,
  intervals = 15,
  evaluationsPerCluster = 2_000,
  runsPerCluster = 3_000,
  days = 400,
  frameworks = ["cis-k8s", "nist-800-53", "iso-27001", "soc2", "pci-dss", "nis2", "gdpr"],
  now = new Date(),
}: {
  clusters?: number;
  subjects?: number;
  intervals?: number;
  evaluationsPerCluster?: number;
  runsPerCluster?: number;
  days?: number;
  frameworks?: string[];
  now?: Date;
} = {}): Promise<void> {
  const db = getDb();
  const at = now.toISOString();
  await db.$executeRaw`
    INSERT INTO clusters (id, name, environment, "kubeServer", "kubeContext", "kubeInfo", "talosEndpoints", "updatedAt")
    SELECT 'plan-' || n, 'plan-' || n, 'cloud', 'https://127.0.0.1:6443', 'plan', '{}', '{}', now()
      FROM generate_series(1, ${clusters}::int) AS n`;
  // Interval i of a subject spans [now - (intervals - i) * step, now - (intervals - i - 1) * step); the last is open.
  await db.$executeRaw`
    INSERT INTO finding_states (id, "clusterId", "checkId", "subjectKey", subject, status, "rawStatus", message,
                                evidence, "stateHash", since, until, "openedBy", "snapshotHash", "catalogVersion")
    SELECT gen_random_uuid()::text, 'plan-' || c, 'check-' || (s % 40), 'object/Pod/ns/' || s, '{}',
           (ARRAY['PASS','FAIL','UNKNOWN','WARN'])[1 + (s + i) % 4]::"FindingStatus",
           (ARRAY['PASS','FAIL','UNKNOWN','WARN'])[1 + (s + i) % 4]::"FindingStatus",
           'synthetic', '[]', md5(c || '-' || s || '-' || i),
           (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => (${days}::int * (${intervals}::int - i)) / ${intervals}::int),
           CASE WHEN i = ${intervals}::int - 1 THEN NULL
                ELSE (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => (${days}::int * (${intervals}::int - i - 1)) / ${intervals}::int) END,
           'synthetic', 'synthetic', '1.0.0'
      FROM generate_series(1, ${clusters}::int) AS c, generate_series(1, ${subjects}::int) AS s,
           generate_series(0, ${intervals}::int - 1) AS i`;
  await db.$executeRaw`
    INSERT INTO evaluations (id, "clusterId", "snapshotHash", "catalogVersion", trigger, "evaluatedAt", "confirmedAt", summary)
    SELECT gen_random_uuid()::text, 'plan-' || c, 'synthetic', '1.0.0', 'run',
           (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(mins => e * ((${days}::int * 1440) / ${evaluationsPerCluster}::int)),
           (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(mins => e * ((${days}::int * 1440) / ${evaluationsPerCluster}::int)),
           '{"findings": {}, "frameworks": {}}'
      FROM generate_series(1, ${clusters}::int) AS c, generate_series(1, ${evaluationsPerCluster}::int) AS e`;
  await db.$executeRaw`
    INSERT INTO collection_runs (id, "clusterId", status, trigger, "requestedBy", "queuedAt", "startedAt", "finishedAt", attempt)
    SELECT gen_random_uuid()::text, 'plan-' || c, 'succeeded', 'schedule', 'schedule', t, t, t + interval '5 seconds', 1
      FROM generate_series(1, ${clusters}::int) AS c, generate_series(1, ${runsPerCluster}::int) AS r,
           LATERAL (SELECT (${at}::timestamptz AT TIME ZONE 'UTC')
                           - make_interval(mins => r * ((${days}::int * 1440) / ${runsPerCluster}::int)) AS t) AS run_time`;
  await db.$executeRaw`
    INSERT INTO cluster_framework_days ("clusterId", "frameworkId", day, score, pass, fail, unknown, warn, waived,
                                        "notApplicable", unassessed, "catalogVersion", "asOf")
    SELECT 'plan-' || c, f, (${at}::timestamptz AT TIME ZONE 'UTC')::date - d, 0.5, 10, 10, 2, 1, 0, 0, 3, '1.0.0',
           (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => d)
      FROM generate_series(1, ${clusters}::int) AS c, unnest(${frameworks}::text[]) AS f,
           generate_series(0, ${days}::int - 1) AS d`;
  for (const table of ["clusters", "finding_states", "evaluations", "collection_runs", "cluster_framework_days"]) {
    await db.$executeRawUnsafe(`ANALYZE ${table}`);
  }
}
