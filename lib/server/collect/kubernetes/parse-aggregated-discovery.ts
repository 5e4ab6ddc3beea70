import { z } from "zod";
import { addServedResource, type ServedApis } from "./served-apis";

export const AGGREGATED_DISCOVERY_ACCEPT = [
  "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList",
  "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList",
  "application/json",
].join(",");

const rawGroupDiscoveryList = z.object({
  kind: z.literal("APIGroupDiscoveryList"),
  items: z.array(
    z.object({
      metadata: z.object({ name: z.string().nullish() }).nullish(),
      versions: z
        .array(
          z.object({
            version: z.string(),
            resources: z
              .array(
                z.object({
                  resource: z.string(),
                  responseKind: z.object({ kind: z.string() }).nullish(),
                  scope: z.string(),
                  verbs: z.array(z.string()).nullish(),
                }),
              )
              .nullish(),
          }),
        )
        .nullish(),
    }),
  ),
});

export function isAggregatedDiscovery(json: unknown): boolean {
  return (json as { kind?: unknown } | null)?.kind === "APIGroupDiscoveryList";
}

/**
 * Adds an aggregated discovery document (/api or /apis, apidiscovery.k8s.io v2 or v2beta1) to
 * `apis`. Versions are listed most preferred first. Returns an error message for a malformed one.
 */
export function parseAggregatedDiscovery({ json, apis }: { json: unknown; apis: ServedApis }): string | null {
  const parsed = rawGroupDiscoveryList.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `malformed aggregated discovery (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"})`;
  }
  for (const item of parsed.data.items) {
    const group = item.metadata?.name ?? "";
    for (const { version, resources } of item.versions ?? []) {
      for (const resource of resources ?? []) {
        addServedResource(apis, {
          group,
          version,
          resource: resource.resource,
          kind: resource.responseKind?.kind ?? "",
          isNamespaced: resource.scope === "Namespaced",
          verbs: resource.verbs ?? [],
        });
      }
    }
  }
  return null;
}
