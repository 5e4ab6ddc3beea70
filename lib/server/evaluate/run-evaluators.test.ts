import { describe, expect, it } from "vitest";
import type { CheckDefinition } from "@/lib/catalog/catalog-types";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CheckEvaluator, EvaluationContext } from "./evaluator-types";
import { runEvaluatorsWatchingClock } from "./run-evaluators";

const context: EvaluationContext = {
  snapshot: {} as StoredSnapshot,
  platform: "talos",
  credentials: [],
  now: new Date("2026-12-03T12:00:00Z"),
};

function evaluator(id: string, evaluate: CheckEvaluator["evaluate"]): CheckEvaluator {
  return { check: { id } as CheckDefinition, evaluate };
}

const pass = (checkId: string) => ({
  checkId,
  subject: { kind: "cluster" as const },
  status: "PASS" as const,
  message: "fine",
  evidence: [],
});

describe("runEvaluatorsWatchingClock", () => {
  it("names exactly the checks whose evaluators read the clock, however they read it", () => {
    const run = runEvaluatorsWatchingClock(context, [
      evaluator("pure", () => [pass("pure")]),
      evaluator("reads-now", ({ now }) => (now.getUTCFullYear() > 2000 ? [pass("reads-now")] : [])),
      evaluator("spreads", (ctx) => [{ ...pass("spreads"), message: JSON.stringify({ ...ctx }).slice(0, 5) }]),
      evaluator("reads-then-throws", (ctx) => {
        if (ctx.now) throw new Error("bad shape");
        return [];
      }),
    ]);
    expect(run.clockCheckIds).toEqual(["reads-now", "spreads", "reads-then-throws"]);
    expect(run.results.map((result) => [result.checkId, result.status])).toEqual([
      ["pure", "PASS"],
      ["reads-now", "PASS"],
      ["spreads", "PASS"],
      ["reads-then-throws", "UNKNOWN"],
    ]);
  });

  it("gives every evaluator the same snapshot, platform, credentials and time", () => {
    const seen: unknown[] = [];
    runEvaluatorsWatchingClock(context, [
      evaluator("a", (ctx) => {
        seen.push([ctx.snapshot, ctx.platform, ctx.credentials, ctx.now]);
        return [];
      }),
    ]);
    expect(seen).toEqual([[context.snapshot, "talos", context.credentials, context.now]]);
  });
});
