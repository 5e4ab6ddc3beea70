import type { OutputFormat } from "./negotiate-output";

/** A response before it is written: handlers return these, the server writes them. */
export interface KubeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** What a list or get was answered as (see KubeRequestLogEntry.output). */
  output?: OutputFormat["kind"];
}

export function jsonResponse({
  body,
  contentType = "application/json",
}: {
  body: string;
  contentType?: string;
}): KubeResponse {
  return { status: 200, headers: { "Content-Type": contentType }, body };
}
