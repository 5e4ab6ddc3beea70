import type { ClusterCollectionView } from "@/lib/shared/cluster-view";
import { formatAge } from "./format-age";

export type FreshnessTone = "fresh" | "stale" | "never";

export interface FreshnessDescription {
  tone: FreshnessTone;
  /** "Fresh", "Stale", "Never collected" */
  word: string;
  /** "12 min ago", "last success 3 d ago", "never succeeded"; null when the word says it all */
  detail: string | null;
  /** Word and detail in one: "Stale — last success 3 d ago". Colour only repeats it. */
  label: string;
}

function describe(tone: FreshnessTone, word: string, detail: string | null): FreshnessDescription {
  return { tone, word, detail, label: detail ? `${word} — ${detail}` : word };
}

/**
 * "Fresh — 12 min ago", "Stale — last success 3 d ago", "Never collected". STALE is the server's
 * verdict (no success for twice the schedule) and is never worded or drawn as good.
 */
export function describeFreshness({
  collection,
  now,
}: {
  collection: Pick<ClusterCollectionView, "freshness" | "lastSuccessAt">;
  now: number;
}): FreshnessDescription {
  const { freshness, lastSuccessAt } = collection;
  if (freshness === "never") return describe("never", "Never collected", null);
  if (freshness === "stale") {
    return describe(
      "stale",
      "Stale",
      lastSuccessAt ? `last success ${formatAge({ at: lastSuccessAt, now })}` : "never succeeded",
    );
  }
  return describe("fresh", "Fresh", lastSuccessAt ? formatAge({ at: lastSuccessAt, now }) : null);
}
