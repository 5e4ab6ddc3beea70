import type { IncomingMessage } from "node:http";
import { authenticateRequest, ANONYMOUS, type Identity } from "./authenticate-request";
import { isForbidden } from "./authorize-request";
import { AGGREGATED_DISCOVERY_CONTENT_TYPE, buildAggregatedDiscovery } from "./build-aggregated-discovery";
import {
  buildApiGroup,
  buildApiGroupList,
  buildApiResourceList,
  buildApiVersions,
  groupVersionsOf,
} from "./build-legacy-discovery";
import {
  forbiddenStatus,
  internalErrorStatus,
  methodNotAllowedStatus,
  notAcceptableStatus,
  pathNotFoundStatus,
  tooManyRequestsStatus,
  unauthorizedStatus,
} from "./build-status";
import { decideInjectedFault } from "./decide-injected-fault";
import { jsonResponse, type KubeResponse } from "./kube-response";
import type { KubeServerContext } from "./kube-server-context";
import { negotiateOutput, NOT_ACCEPTABLE_MESSAGE } from "./negotiate-output";
import { resolveResourceRoute, type ResourceRoute } from "./resolve-resource-route";
import { serveGet } from "./serve-get";
import { serveList } from "./serve-list";
import { serveNodeProxy } from "./serve-node-proxy";
import { serveSelfReview } from "./serve-self-review";

// Paths the system:public-info-viewer ClusterRole opens to unauthenticated clients by default.
const PUBLIC_PATHS = new Set(["/healthz", "/livez", "/readyz", "/version", "/version/"]);
const HEALTH_PATHS = new Set(["/healthz", "/livez", "/readyz"]);
const TEXT_NOT_FOUND: KubeResponse = {
  status: 404,
  headers: { "Content-Type": "text/plain; charset=utf-8" },
  body: "404 page not found\n",
};

/**
 * Answers one request in the apiserver's filter order: authentication (401), priority and
 * fairness (injected 429), authorization (403), then the handler, where an injected storage
 * failure (500) comes first. Returns the response and who asked, for the request log.
 */
export function handleKubeRequest({
  context,
  request,
  body,
}: {
  context: KubeServerContext;
  request: IncomingMessage;
  /** The request body, read by the caller for POST requests. */
  body: Buffer;
}): {
  response: KubeResponse;
  identity: Identity | undefined;
} {
  const url = new URL(request.url ?? "/", "https://simulator.invalid");
  const path = url.pathname;
  const authentication = authenticateRequest({ request, tokenSecret: context.tokenSecret, now: context.now() });
  if (authentication.kind === "rejected" || (authentication.kind === "anonymous" && !PUBLIC_PATHS.has(path))) {
    return { response: unauthorizedStatus(), identity: undefined };
  }
  const identity = authentication.kind === "authenticated" ? authentication.identity : ANONYMOUS;
  const method = request.method ?? "GET";
  const fault = decideInjectedFault({
    faults: context.faults,
    seed: context.seed,
    method,
    path,
    occurrences: context.faultOccurrences,
  });
  if (fault === "throttle") return { response: tooManyRequestsStatus({ retryAfterSeconds: 1 }), identity };
  if (method !== "GET" && method !== "HEAD" && method !== "POST") {
    return { response: path.startsWith("/api") ? methodNotAllowedStatus() : TEXT_NOT_FOUND, identity };
  }
  return {
    response: route(context, {
      identity,
      method,
      path,
      query: url.searchParams,
      accept: request.headers.accept,
      body,
      isFailing: fault === "error",
    }),
    identity,
  };
}

interface RequestInfo {
  identity: Identity;
  method: string;
  path: string;
  query: URLSearchParams;
  accept: string | undefined;
  body: Buffer;
  /** The error-rate fault hit this request: the handler (storage) fails after authorization. */
  isFailing: boolean;
}

const STORAGE_FAILURE = () => internalErrorStatus({ cause: "etcdserver: request timed out" });

function route(context: KubeServerContext, request: RequestInfo): KubeResponse {
  const { path, accept } = request;
  if (request.method === "POST" && !path.startsWith("/api")) return TEXT_NOT_FOUND;
  if (request.isFailing && (PUBLIC_PATHS.has(path) || !path.startsWith("/api"))) return STORAGE_FAILURE();
  if (path === "/version" || path === "/version/") return jsonResponse({ body: context.versionJson });
  if (HEALTH_PATHS.has(path))
    return { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "ok" };
  const segments = path.split("/").filter((segment) => segment !== "");
  const { registry } = context.state;
  const isDiscoveryPath = segments.length <= (segments[0] === "api" ? 2 : 3);
  if (request.method === "POST" && isDiscoveryPath) return methodNotAllowedStatus();
  if (request.isFailing && isDiscoveryPath) return STORAGE_FAILURE();
  if (segments[0] === "api") {
    if (segments.length === 1) return discoveryRoot(context, accept, "core");
    if (segments[1] !== "v1") return pathNotFoundStatus();
    if (segments.length === 2)
      return discoveryDocument(accept, () => buildApiResourceList({ registry, group: "", version: "v1" }));
    return resource(
      context,
      request,
      resolveResourceRoute({ registry, group: "", version: "v1", segments: segments.slice(2) }),
    );
  }
  if (segments[0] === "apis") {
    if (segments.length === 1) return discoveryRoot(context, accept, "groups");
    const group = segments[1] ?? "";
    if (!registry.groups.includes(group) || group === "") return pathNotFoundStatus();
    if (segments.length === 2) return discoveryDocument(accept, () => buildApiGroup({ registry, group }));
    const version = segments[2] ?? "";
    if (!groupVersionsOf({ registry, group }).includes(version)) return pathNotFoundStatus();
    if (segments.length === 3)
      return discoveryDocument(accept, () => buildApiResourceList({ registry, group, version }));
    return resource(context, request, resolveResourceRoute({ registry, group, version, segments: segments.slice(3) }));
  }
  return TEXT_NOT_FOUND;
}

function discoveryRoot(context: KubeServerContext, accept: string | undefined, scope: "core" | "groups"): KubeResponse {
  const format = negotiateOutput({ accept, endpoint: "discovery" });
  if (!format) return notAcceptableStatus({ message: NOT_ACCEPTABLE_MESSAGE });
  const { registry } = context.state;
  if (format.kind === "aggregated-discovery") {
    return jsonResponse({
      body: buildAggregatedDiscovery({ registry, scope, version: format.version }),
      contentType: AGGREGATED_DISCOVERY_CONTENT_TYPE(format.version),
    });
  }
  return jsonResponse({
    body:
      scope === "core" ? buildApiVersions({ serverAddress: context.serverAddress }) : buildApiGroupList({ registry }),
  });
}

function discoveryDocument(accept: string | undefined, build: () => string): KubeResponse {
  return negotiateOutput({ accept, endpoint: "discovery" })
    ? jsonResponse({ body: build() })
    : notAcceptableStatus({ message: NOT_ACCEPTABLE_MESSAGE });
}

function resource(context: KubeServerContext, request: RequestInfo, target: ResourceRoute | undefined): KubeResponse {
  if (!target) return pathNotFoundStatus();
  const { identity, query, accept } = request;
  const { definition, version, namespace, name, subresource } = target;
  const isReview = definition.kind === "SelfSubjectReview" || definition.kind === "SelfSubjectAccessReview";
  if (request.method === "POST") {
    return isReview && name === undefined
      ? serveSelfReview({ context, identity, definition, body: request.body })
      : methodNotAllowedStatus();
  }
  if (!definition.verbs.includes(name === undefined ? "list" : "get")) return methodNotAllowedStatus();
  const verb =
    name !== undefined ? "get" : query.get("watch") === "true" || query.get("watch") === "1" ? "watch" : "list";
  if (isForbidden({ faults: context.faults, resource: definition.resource, group: definition.group, subresource })) {
    return forbiddenStatus({
      user: identity.user,
      verb,
      resource: definition.resource,
      group: definition.group,
      subresource,
      namespace,
      name,
    });
  }
  if (request.isFailing) return STORAGE_FAILURE();
  if (definition.group === "" && definition.resource === "nodes" && name !== undefined && subresource === "proxy") {
    return serveNodeProxy({ context, nodeName: name, path: target.subpath.join("/") });
  }
  if (subresource !== undefined) {
    if (subresource !== "status" || name === undefined) {
      return definition.subresources.some((sub) => sub.name === subresource)
        ? methodNotAllowedStatus()
        : pathNotFoundStatus();
    }
  }
  const format = negotiateOutput({ accept, endpoint: "resource" });
  if (!format) return notAcceptableStatus({ message: NOT_ACCEPTABLE_MESSAGE });
  const bucket = context.state.store.buckets.get(`${definition.group}/${definition.resource}`);
  if (!bucket) return pathNotFoundStatus();
  const response =
    name === undefined
      ? serveList({ context, bucket, version, namespace, query, format })
      : serveGet({ context, bucket, version, namespace, name, query, format });
  return response.status === 200 ? { ...response, output: format.kind } : response;
}
