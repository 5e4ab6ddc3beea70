import { readFile, stat } from "node:fs/promises";
import { MAX_SCENARIO_BYTES, parseScenario } from "./parse-scenario";
import { ScenarioError } from "./scenario-error";
import type { Scenario } from "./scenario-schema";

/**
 * Reads and validates a scenario file. Refuses a file larger than MAX_SCENARIO_BYTES before
 * reading it. Throws ScenarioError for anything wrong with the file, including a missing one.
 */
export async function loadScenario({ path }: { path: string }): Promise<Scenario> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a regular file");
    size = info.size;
  } catch (error) {
    throw new ScenarioError({
      source: path,
      issues: [{ path: "", message: `cannot read the file: ${(error as Error).message}` }],
    });
  }
  if (size > MAX_SCENARIO_BYTES) {
    throw new ScenarioError({
      source: path,
      issues: [{ path: "", message: `file is larger than ${MAX_SCENARIO_BYTES} bytes (${size})` }],
    });
  }
  const text = await readFile(path, "utf8");
  return parseScenario({ text, source: path });
}
