import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/server/http/error-response";
import { logger } from "@/lib/server/log/logger";
import { isScrapeSecret } from "./is-scrape-secret";

type RouteHandler = (request: NextRequest, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Answers `scrape` for a caller presenting the scrape secret; everyone else goes to `otherwise`
 * (a `withRoute` handler, so API tokens, sessions and roles work as on every other route, and a
 * wrong secret is refused there as an unknown token).
 */
export function withScrapeSecret({
  secret,
  scrape,
  otherwise,
}: {
  /** Read per request, so the configuration is validated when first used. */
  secret: () => string | undefined;
  scrape: () => Promise<Response>;
  otherwise: RouteHandler;
}): RouteHandler {
  return async (request, segment) => {
    const requestId = randomUUID();
    try {
      // readEnv() behind `secret` throws on invalid configuration: answered like any server error.
      if (!isScrapeSecret({ authorization: request.headers.get("authorization"), secret: secret() })) {
        return await otherwise(request, segment);
      }
      return await scrape();
    } catch (error) {
      return errorResponse({
        error,
        requestId,
        log: logger.child({ requestId, path: request.nextUrl.pathname, actor: "metrics-secret" }),
      });
    }
  };
}
