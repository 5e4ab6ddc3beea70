// GET /api/health – liveness of the database and the background workers (public, no details beyond status)
import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/server/store/health/check-health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  const failing = [...(health.database === "ok" ? [] : ["database"]), ...(health.workers > 0 ? [] : ["worker"])];
  return NextResponse.json(
    {
      status: failing.length === 0 ? "ok" : "degraded",
      failing,
      database: health.database,
      workers: health.workers,
      lastWorkerHeartbeat: health.lastWorkerHeartbeat,
    },
    { status: failing.length === 0 ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
