// Next.js calls register() once when the web server starts (`next start`, `next dev`; never during
// `next build`). The control catalog is validated there, so an invalid catalog stops the web
// process at boot with the list of problems instead of failing the first request that scores
// something. The worker validates it at its own start (getEvaluationCatalog).
export async function register(): Promise<void> {
  // The Edge runtime (none of Lotse's routes use it) never loads the catalog.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertValidCatalog } = await import("@/lib/catalog/validate-catalog");
  assertValidCatalog();
}
