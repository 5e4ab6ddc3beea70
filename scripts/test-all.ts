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
}

function runVitest(project: string): LayerResult {
  const output = path.join(reportDir, `vitest-${project}.json`);
  const run = spawnSync(
    "npx",
    ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`],
    { stdio: "inherit" },
  );
  const report = existsSync(output)
    ? (JSON.parse(readFileSync(output, "utf8")) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
      })
    : null;
  return {
    name: project,
    passed: report?.numPassedTests ?? 0,
    failed: report ? report.numFailedTests : 1,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    exitCode: run.status ?? 1,
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
      })
    : null;
  return {
    name: "e2e",
    passed: (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0),
    failed: report ? report.stats.unexpected : 1,
    skipped: report?.stats.skipped ?? 0,
    exitCode: run.status ?? 1,
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
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
