import type { CollectionRequestView } from "@/lib/shared/run-view";

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What "Collect all" did: "30 collections queued, 2 already running". */
export function summarizeFleetRequest(runs: readonly CollectionRequestView[]): string {
  if (runs.length === 0) return "No clusters are registered, so nothing was queued";
  const joined = runs.filter((run) => run.joined).length;
  const queued = runs.length - joined;
  const head = queued === 0 ? "No new collections queued" : `${plural(queued, "collection")} queued`;
  return joined > 0 ? `${head}, ${joined} already running` : head;
}

/**
 * The sentence next to "Collect all", with a live tail while the list re-reads itself:
 * "30 collections queued, 2 already running · 12 still active." → "… · all finished."
 */
export function describeFleetCollection({
  runs,
  activeCount,
}: {
  runs: readonly CollectionRequestView[];
  activeCount: number;
}): string {
  const summary = summarizeFleetRequest(runs);
  if (runs.length === 0) return `${summary}.`;
  return `${summary} · ${activeCount === 0 ? "all finished" : `${activeCount} still active`}.`;
}
