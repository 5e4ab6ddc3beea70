import type { CompareCell, CompareRow } from "@/lib/shared/node-view";
import type { StatusTone } from "./describe-status";
import { describeStatus } from "./describe-status";

export interface CompareCellDescription {
  text: string;
  /** A visible marker besides the colour: "≠" differs from the majority, "≷" no majority. */
  marker: "≠" | "≷" | null;
  /** Said after the value, visible to everyone (short) — the colour is never the only cue. */
  note: string | null;
  /** Highlight of the cell: `differs` strong, `split` weaker, none otherwise. */
  highlight: "differs" | "split" | null;
  tone: StatusTone;
  /** Full sentence for the cell's title and screen readers. */
  description: string;
}

/** One compare cell in words: its value, its verdict, and how it stands against its peers. */
export function describeCompareCell(row: CompareRow, cell: CompareCell): CompareCellDescription {
  if (cell.value === null) {
    return {
      text: "not readable",
      marker: null,
      note: null,
      highlight: null,
      tone: "neutral",
      description: `${row.label} of ${cell.node} could not be read.`,
    };
  }
  const verdict = cell.status ? describeStatus(cell.status) : null;
  const expected = row.expected && cell.status && cell.status !== "PASS" ? ` (expected ${row.expected})` : "";
  const base = `${row.label} on ${cell.node}: ${cell.value}${expected}`;
  const peers = row.peerScope === "role" ? "nodes of its role" : "its peers";
  if (cell.standing === "differs") {
    return {
      text: cell.value,
      marker: "≠",
      note: "differs",
      highlight: "differs",
      tone: verdict?.tone ?? "neutral",
      description: `${base}; differs from the majority of ${peers}.`,
    };
  }
  if (cell.standing === "no-majority") {
    return {
      text: cell.value,
      marker: "≷",
      note: "no majority",
      highlight: "split",
      tone: verdict?.tone ?? "neutral",
      description: `${base}; ${peers} disagree, no value has a majority.`,
    };
  }
  return {
    text: cell.value,
    marker: null,
    note: null,
    highlight: null,
    tone: verdict?.tone ?? "neutral",
    description: `${base}.`,
  };
}
