import type { Role } from "@/lib/shared/roles";
import type { HttpMethod } from "./discover-api-routes";

/**
 * Who may call a route: listed roles, everyone (`public`), or next-auth's own sign-in endpoints
 * (`next-auth`: they need Next.js's request scope, so e2e/sign-in.spec.ts drives them through a browser).
 */
export type RouteAccess = readonly Role[] | "public" | "next-auth";

const ANY: readonly Role[] = ["admin", "engineer", "auditor", "viewer"];
const STAFF: readonly Role[] = ["admin", "engineer", "auditor"];
const OPERATORS: readonly Role[] = ["admin", "engineer"];
const EVIDENCE: readonly Role[] = ["admin", "auditor"];
const ADMIN: readonly Role[] = ["admin"];

/**
 * The documented access rules (README "Using it"): admin everything; engineer reads all, triggers
 * collections and manages waivers; auditor reads all, evidence and the audit log; viewer reads
 * posture only. Written down here independently of the route files, so the matrix test compares
 * the code against the documentation rather than against itself. A route or method missing here
 * fails the test.
 */
export const ROUTE_ACCESS_POLICY: Record<string, Partial<Record<HttpMethod, RouteAccess>>> = {
  "/api/auth/[...nextauth]": { GET: "next-auth", POST: "next-auth" },
  "/api/health": { GET: "public" },
  // Prometheus: staff tokens or sessions, or the scrape secret (tested in metrics.integration.test.ts).
  "/api/metrics": { GET: STAFF },
  "/api/v1/audit-events": { GET: EVIDENCE },
  "/api/v1/clusters": { GET: ANY, POST: ADMIN },
  "/api/v1/clusters/[id]": { GET: ANY, PATCH: ADMIN, DELETE: ADMIN },
  "/api/v1/clusters/[id]/collect": { POST: OPERATORS },
  "/api/v1/clusters/[id]/findings": { GET: ANY },
  "/api/v1/clusters/[id]/frameworks/[frameworkId]": { GET: ANY },
  // Scanner imports (kube-bench, Trivy, Kubescape) add evidence to a cluster, like a collection does.
  "/api/v1/clusters/[id]/imports": { GET: ANY, POST: OPERATORS },
  "/api/v1/clusters/[id]/evidence-sources": { GET: ANY },
  "/api/v1/clusters/[id]/nodes": { GET: ANY },
  "/api/v1/clusters/[id]/nodes/[node]": { GET: ANY },
  "/api/v1/clusters/[id]/rbac-graph": { GET: ANY },
  "/api/v1/clusters/[id]/runs": { GET: ANY },
  "/api/v1/clusters/[id]/test": { POST: OPERATORS },
  "/api/v1/evidence-packs": { GET: EVIDENCE, POST: EVIDENCE },
  "/api/v1/evidence-packs/[id]": { GET: EVIDENCE },
  "/api/v1/evidence-packs/[id]/download": { GET: EVIDENCE },
  "/api/v1/evidence-packs/preview": { GET: EVIDENCE },
  // The public key verifies packs offline; it is no secret, but still only for signed-in callers.
  "/api/v1/evidence/public-key": { GET: ANY },
  "/api/v1/fleet/collect": { POST: OPERATORS },
  "/api/v1/fleet/heatmap": { GET: ANY },
  "/api/v1/frameworks": { GET: ANY },
  "/api/v1/frameworks/[frameworkId]": { GET: ANY },
  "/api/v1/me": { GET: ANY },
  "/api/v1/runs/[id]": { GET: ANY },
  "/api/v1/tokens": { GET: ADMIN, POST: ADMIN },
  "/api/v1/tokens/[id]": { DELETE: ADMIN },
  "/api/v1/trends": { GET: ANY },
  "/api/v1/users": { GET: ADMIN, POST: ADMIN },
  "/api/v1/users/[id]": { PATCH: ADMIN },
  "/api/v1/waivers": { GET: ANY, POST: OPERATORS },
  "/api/v1/waivers/[id]": { DELETE: OPERATORS },
};
