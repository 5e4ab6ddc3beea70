import { rename, writeFile } from "node:fs/promises";
import type { FleetManifest } from "./fleet-types";

/** Writes fleet.json atomically (a reader never sees half a file). */
export async function writeFleetManifest({ path, manifest }: { path: string; manifest: FleetManifest }): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
