import { describe, expect, it } from "vitest";
import { ERRORS_SHOWN, summarizeRun } from "./summarize-run";
import { makeRun } from "./testing/make-run";

const error = (index: number) => ({ target: `talos/node-${index}`, kind: "timeout" as const, message: "deadline" });

describe("summarizeRun while the run is active", () => {
  it("says a queued run waits for a worker, and counts retries", () => {
    expect(summarizeRun(makeRun())).toMatchObject({
      statusLabel: "Queued",
      tone: "neutral",
      isActive: true,
      headline: "Queued: waiting for a worker.",
      steps: [],
      nodes: null,
    });
    expect(summarizeRun(makeRun({ attempt: 2 })).headline).toBe("Queued again (attempt 2): waiting for a worker.");
    expect(summarizeRun(makeRun({ status: "running" })).headline).toBe("Starting: connecting to the cluster…");
  });

  it("follows the Kubernetes phase, with Talos still waiting", () => {
    const summary = summarizeRun(
      makeRun({
        status: "running",
        progress: {
          phase: "kubernetes",
          phases: { kubernetes: "running", talos: "pending" },
          nodesDone: 0,
          nodesTotal: 0,
        },
      }),
    );
    expect(summary.headline).toBe("Reading the Kubernetes API…");
    expect(summary.steps).toEqual([
      { name: "Kubernetes API", state: "running", detail: "reading…" },
      { name: "Talos API", state: "pending", detail: "waiting" },
    ]);
    expect(summary.nodes).toBeNull();
  });

  it("counts Talos nodes for the progress bar", () => {
    const summary = summarizeRun(
      makeRun({
        status: "running",
        progress: { phase: "talos", phases: { kubernetes: "done", talos: "running" }, nodesDone: 1, nodesTotal: 2 },
      }),
    );
    expect(summary.headline).toBe("Reading the Talos API: 1 of 2 nodes done.");
    expect(summary.nodes).toEqual({ done: 1, total: 2 });
    // The count is on the bar and in the headline; the step only says it is reading.
    expect(summary.steps[1]).toEqual({ name: "Talos API", state: "running", detail: "reading…" });
  });

  it("has no node bar for a cluster without Talos", () => {
    const summary = summarizeRun(
      makeRun({
        status: "running",
        progress: {
          phase: "kubernetes",
          phases: { kubernetes: "running", talos: "skipped" },
          nodesDone: 0,
          nodesTotal: 3,
        },
      }),
    );
    expect(summary.nodes).toBeNull();
    expect(summary.steps[1]?.detail).toBe("no talosconfig registered");
  });
});

describe("summarizeRun once the run is final", () => {
  const done = { phase: "talos" as const, phases: { kubernetes: "done", talos: "done" }, nodesDone: 2, nodesTotal: 2 };

  it("reports success with its duration and each phase's time", () => {
    const summary = summarizeRun(
      makeRun({
        status: "succeeded",
        durationMs: 4_260,
        progress: done,
        durationsMs: { "kubernetes.total": 1_200, "talos.total": 2_900 },
        errors: { total: 0, byKind: {}, items: [], reason: null, notReadableWithCredential: 0 },
      }),
    );
    expect(summary).toMatchObject({
      statusLabel: "Succeeded",
      tone: "ok",
      isActive: false,
      headline: "Succeeded in 4.2 s.",
    });
    expect(summary.steps.map((step) => step.detail)).toEqual(["done in 1.2 s", "done in 2.9 s"]);
    expect(summary.errors).toEqual([]);
    expect(summary.credentialNote).toBeNull();
  });

  it("marks the phase whose API the errors name, and a failed run's Kubernetes phase as failed", () => {
    const partial = summarizeRun(
      makeRun({
        status: "partial",
        durationMs: 1_000,
        progress: done,
        durationsMs: { "kubernetes.total": 144, "talos.total": 440 },
        errors: {
          total: 1,
          byKind: { unreachable: 1 },
          items: [{ target: "talos:node/10.0.0.12", kind: "unreachable", message: "no route to host" }],
          reason: null,
          notReadableWithCredential: 0,
        },
      }),
    );
    expect(partial.steps).toEqual([
      { name: "Kubernetes API", state: "done", detail: "done in 144 ms" },
      { name: "Talos API", state: "errors", detail: "done with errors in 440 ms" },
    ]);
    const failed = summarizeRun(
      makeRun({
        status: "failed",
        durationMs: 500,
        progress: { ...done, nodesDone: 0, nodesTotal: 0 },
        durationsMs: { "kubernetes.total": 4 },
        errors: {
          total: 1,
          byKind: { unreachable: 1 },
          items: [{ target: "kubernetes:version", kind: "unreachable", message: "connection refused" }],
          reason: "kubernetes:version: connection refused",
          notReadableWithCredential: 0,
        },
      }),
    );
    expect(failed.steps.map((step) => [step.state, step.detail])).toEqual([
      ["failed", "failed in 4 ms"],
      ["done", "done"],
    ]);
  });

  it("lists the first errors of a partial run and says how many more there are", () => {
    const items = Array.from({ length: 20 }, (_, index) => error(index));
    const summary = summarizeRun(
      makeRun({
        status: "partial",
        durationMs: 12_000,
        progress: done,
        errors: { total: 23, byKind: { timeout: 20, forbidden: 3 }, items, reason: null, notReadableWithCredential: 2 },
      }),
    );
    expect(summary.tone).toBe("warning");
    expect(summary.headline).toBe("Partial in 12 s: 23 parts could not be read; they stay UNKNOWN.");
    expect(summary.errors).toEqual(items.slice(0, ERRORS_SHOWN));
    expect(summary.moreErrors).toBe(23 - ERRORS_SHOWN);
    expect(summary.errorKinds).toBe("20 timeout, 3 forbidden");
    expect(summary.credentialNote).toContain("2 parts the credential's role may not read");
  });

  it("gives a failed run's reason", () => {
    const summary = summarizeRun(
      makeRun({
        status: "failed",
        durationMs: 5_000,
        errors: {
          total: 1,
          byKind: { unreachable: 1 },
          items: [{ target: "kubernetes/version", kind: "unreachable", message: "connection refused" }],
          reason: "kubernetes/version: connection refused",
          notReadableWithCredential: 0,
        },
      }),
    );
    expect(summary).toMatchObject({
      tone: "danger",
      headline: "Failed after 5.0 s: nothing could be read.",
      reason: "kubernetes/version: connection refused",
      moreErrors: 0,
    });
  });
});
