import { evidenceScopeSchema } from "@/lib/shared/evidence-pack-view";
import { generateEvidencePack } from "@/lib/server/evidence/generate-evidence-pack";
import { getEvidencePack } from "@/lib/server/evidence/list-evidence-packs";
import { readProcessStats } from "./read-process-stats";

/**
 * One evidence pack as POST /api/v1/evidence-packs makes it (generateEvidencePack: scope, build,
 * sign, store), for the whole fleet × one framework × the last `days` days. Run in a process of
 * its own, so the peak RSS is this process' VmHWM: Node, the app's modules and the pack.
 */
export async function measureEvidencePack({ framework, days }: { framework: string; days: number }) {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  const started = performance.now();
  const pack = await generateEvidencePack({
    input: evidenceScopeSchema.parse({ frameworks: [framework], from: from.toISOString(), to: to.toISOString() }),
    // The bench acts as an auditor would through the API; the audit log of its throwaway database says "bench".
    actor: { type: "token", id: "bench", label: "bench", role: "auditor" },
  });
  const seconds = (performance.now() - started) / 1000;
  const stats = await readProcessStats(process.pid);
  // A failed build still returns the pack's id; the figure only counts when it is ready.
  const { status, sizeBytes, error } = await getEvidencePack({ id: pack.id });
  if (status !== "ready") throw new Error(`the evidence pack ended ${status}: ${error ?? "no reason given"}`);
  return { seconds, peakRssMb: stats?.peakRssMb ?? null, sizeBytes };
}
