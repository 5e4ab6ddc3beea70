// GET /api/metrics – Prometheus metrics: API token (admin, engineer, auditor) or the scrape secret
import { STAFF } from "@/lib/shared/roles";
import { readEnv } from "@/lib/server/config/read-env";
import { withRoute } from "@/lib/server/http/with-route";
import { scrapeMetrics } from "@/lib/server/metrics/scrape-metrics";
import { withScrapeSecret } from "@/lib/server/metrics/with-scrape-secret";

export const dynamic = "force-dynamic";

export const GET = withScrapeSecret({
  secret: () => readEnv().LOTSE_METRICS_SECRET,
  scrape: scrapeMetrics,
  otherwise: withRoute({ roles: STAFF, handler: () => scrapeMetrics() }),
});
