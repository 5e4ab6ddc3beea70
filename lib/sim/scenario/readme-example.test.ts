import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expandScenario } from "./expand-scenario";
import { parseScenario } from "./parse-scenario";

const README = fileURLToPath(new URL("../../../README.md", import.meta.url));
const START = "<!-- scenario-example:start -->";
const END = "<!-- scenario-example:end -->";

/** The YAML code block between the markers in README.md. */
function readReadmeExample(): string {
  const text = readFileSync(README, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  const block = text.slice(start + START.length, end).match(/```yaml\n([\s\S]*?)```/);
  if (!block?.[1]) throw new Error("no ```yaml block between the scenario-example markers in README.md");
  return block[1];
}

describe("the scenario example in README.md", () => {
  it("is a valid scenario that describes the clusters its comments promise", () => {
    const scenario = parseScenario({ text: readReadmeExample(), source: "README.md" });
    const names = expandScenario({ scenario }).map((entry) => entry.name);
    expect(names).toEqual(["edge-01", "edge-02", "edge-03", "hq"]);
  });
});
