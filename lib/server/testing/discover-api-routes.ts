import { readdirSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface DiscoveredRoute {
  /** The route as Next.js names it, e.g. `/api/v1/clusters/[id]/collect`. */
  route: string;
  /** Absolute path of the `route.ts` file. */
  file: string;
  /** Dynamic segment names in order, e.g. `["id", "frameworkId"]`; catch-all segments keep their dots stripped. */
  segments: string[];
}

/**
 * Every `route.ts` under `app/api`, found by walking the file system, so a route added tomorrow
 * shows up in the access matrix without anyone listing it. Route groups `(name)` are dropped from
 * the route the way Next.js drops them from the URL.
 */
export function discoverApiRoutes({ appDir }: { appDir: string }): DiscoveredRoute[] {
  const found: DiscoveredRoute[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const parts = path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((part) => !/^\(.*\)$/.test(part));
        found.push({
          route: `/${parts.join("/")}`,
          file: full,
          segments: parts.filter((part) => part.startsWith("[")).map((part) => part.replace(/^\[+(\.\.\.)?|\]+$/g, "")),
        });
      }
    }
  };
  walk(path.join(appDir, "api"));
  return found.sort((a, b) => a.route.localeCompare(b.route));
}
