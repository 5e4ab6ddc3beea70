import { readFileSync } from "node:fs";
import path from "node:path";

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "fixtures");

/** A hand-written scanner report from testing/fixtures, as bytes (what an upload carries). */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(path.join(DIR, name));
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(path.join(DIR, name), "utf8"));
}
