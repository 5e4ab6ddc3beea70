// Accept-header negotiation the way the apiserver does it: the first acceptable media type wins
// (by q, then order); `as=` conversions only where the endpoint offers them; protobuf, CBOR and
// YAML are not offered by the simulator, so clients that list JSON as a fallback get JSON.

export type OutputFormat =
  | { kind: "json" }
  | { kind: "table"; version: string }
  | { kind: "partial-object"; version: string }
  | { kind: "partial-object-list"; version: string }
  | { kind: "aggregated-discovery"; version: string };

export type Endpoint = "resource" | "discovery";

const META_VERSIONS = ["v1", "v1beta1"];
const DISCOVERY_VERSIONS = ["v2", "v2beta1"];

export const NOT_ACCEPTABLE_MESSAGE =
  "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf";

/** The output format for an Accept header at an endpoint, or undefined when nothing is acceptable (406). */
export function negotiateOutput({
  accept,
  endpoint,
}: {
  accept: string | undefined;
  endpoint: Endpoint;
}): OutputFormat | undefined {
  if (!accept || accept.trim() === "") return { kind: "json" };
  const clauses = accept
    .split(",")
    .map((clause, index) => ({ ...parseClause(clause), index }))
    .filter((clause) => clause.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const clause of clauses) {
    const format = formatFor(clause.mediaType, clause.params, endpoint);
    if (format) return format;
  }
  return undefined;
}

function parseClause(clause: string): { mediaType: string; params: Record<string, string>; q: number } {
  const [mediaType = "", ...rawParams] = clause.split(";").map((part) => part.trim());
  const params: Record<string, string> = {};
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    if (eq > 0) params[raw.slice(0, eq).trim().toLowerCase()] = raw.slice(eq + 1).trim();
  }
  const q = params.q === undefined ? 1 : Number(params.q);
  delete params.q;
  return { mediaType: mediaType.toLowerCase(), params, q: Number.isFinite(q) ? q : 0 };
}

function formatFor(mediaType: string, params: Record<string, string>, endpoint: Endpoint): OutputFormat | undefined {
  if (mediaType !== "application/json" && mediaType !== "*/*" && mediaType !== "application/*") return undefined;
  const { as, g, v } = params;
  if (as === undefined) return { kind: "json" };
  if (endpoint === "discovery") {
    if (as === "APIGroupDiscoveryList" && g === "apidiscovery.k8s.io" && v && DISCOVERY_VERSIONS.includes(v)) {
      return { kind: "aggregated-discovery", version: v };
    }
    return undefined;
  }
  if (g !== "meta.k8s.io" || !v || !META_VERSIONS.includes(v)) return undefined;
  if (as === "Table") return { kind: "table", version: v };
  if (as === "PartialObjectMetadata") return { kind: "partial-object", version: v };
  if (as === "PartialObjectMetadataList") return { kind: "partial-object-list", version: v };
  return undefined;
}
