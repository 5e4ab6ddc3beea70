// `npm test`: every test layer in order — unit, integration (embedded PostgreSQL), e2e (Playwright in
// Chromium) — then one summary line `tests: N passed, N failed, N skipped`. Exit code 1 if any failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const reportDir = path.resolve("test-results");
mkdirSync(reportDir, { recursive: true });

interface LayerResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  /** One line per failed test (file › title: first line of the error), repeated at the very end of the
   * output so a CI log that keeps only its tail still names what failed. */
  failures: string[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file: string;
    line: number;
    ok: boolean;
    tests: { results: { error?: { message?: string } }[] }[];
  }[];
}

const MAX_FAILURE_LINE = 300;

function failureLine(where: string, message: string | undefined): string {
  const first = (message ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  const line = first ? `${where}: ${first}` : where;
  return line.length > MAX_FAILURE_LINE ? `${line.slice(0, MAX_FAILURE_LINE)}…` : line;
}

function vitestFailures(report: VitestReport): string[] {
  const failures: string[] = [];
  for (const file of report.testResults ?? []) {
    const relative = path.relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failed) failures.push(failureLine(`${relative} › ${test.fullName}`, test.failureMessages?.[0]));
    // A file that failed to load or whose hooks failed has no failed assertion to name.
    if (failed.length === 0 && file.message) failures.push(failureLine(relative, file.message));
  }
  return failures;
}

function playwrightFailures(suites: PlaywrightSuite[] | undefined): string[] {
  const failures: string[] = [];
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue;
      const error = spec.tests.flatMap((test) => test.results).find((result) => result.error)?.error;
      failures.push(failureLine(`${spec.file}:${spec.line} › ${spec.title}`, error?.message));
    }
    failures.push(...playwrightFailures(suite.suites));
  }
  return failures;
}

function runVitest(project: string): LayerResult {
  const output = path.join(reportDir, `vitest-${project}.json`);
  const run = spawnSync(
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`],
    { stdio: "inherit" },
  );
  const report = existsSync(output) ? (JSON.parse(readFileSync(output, "utf8")) as VitestReport) : null;
  return {
    name: project,
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    exitCode: run.status ?? 1,
    failures: report ? vitestFailures(report) : [],
  };
}

function runPlaywright(): LayerResult {
  const output = path.join(reportDir, "playwright.json");
  const run = spawnSync("npx", ["playwright", "test", "--reporter=list,json"], {
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  });
  const report = existsSync(output)
    ? (JSON.parse(readFileSync(output, "utf8")) as {
        stats: { expected: number; unexpected: number; skipped: number; flaky: number };
        suites?: PlaywrightSuite[];
      })
    : null;
  return {
    name: "e2e",
    passed: (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0),
    failed: report ? report.stats.unexpected : 1,
    skipped: report?.stats.skipped ?? 0,
    exitCode: run.status ?? 1,
    failures: report ? playwrightFailures(report.suites) : [],
  };
}

const only = process.argv[2];
const layers: LayerResult[] = [];
if (!only || only === "unit") layers.push(runVitest("unit"));
if (!only || only === "integration") layers.push(runVitest("integration"));
if (!only || only === "e2e") layers.push(runPlaywright());

console.log("\nLayer        passed  failed  skipped");
for (const layer of layers) {
  console.log(
    `${layer.name.padEnd(12)} ${String(layer.passed).padStart(6)}  ${String(layer.failed).padStart(6)}  ${String(layer.skipped).padStart(7)}${layer.exitCode !== 0 && layer.failed === 0 ? "  (runner exited with an error)" : ""}`,
  );
}
const total = layers.reduce(
  (sum, layer) => ({
    passed: sum.passed + layer.passed,
    failed: sum.failed + layer.failed + (layer.exitCode !== 0 && layer.failed === 0 ? 1 : 0),
    skipped: sum.skipped + layer.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const failures = layers.flatMap((layer) => layer.failures.map((failure) => `  ${layer.name}: ${failure}`));
if (failures.length > 0) console.log(`\nFailed:\n${failures.join("\n")}`);
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
