import type { KubeResponse } from "./kube-response";

// metav1.Status errors byte-for-byte in the field order a kube-apiserver writes them
// (k8s.io/apimachinery/pkg/api/errors), so clients parse reason, details and code as usual.

interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: { message: string }[];
  retryAfterSeconds?: number;
}

interface StatusOptions {
  code: number;
  reason: string;
  message: string;
  details?: StatusDetails;
  /** ListMeta-style metadata, e.g. the inconsistent continue token of an Expired error. */
  metadata?: { continue?: string };
  headers?: Record<string, string>;
}

export function statusResponse({
  code,
  reason,
  message,
  details,
  metadata = {},
  headers = {},
}: StatusOptions): KubeResponse {
  const status = { kind: "Status", apiVersion: "v1", metadata, status: "Failure", message, reason, details, code };
  return { status: code, headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(status) };
}

/** `pods`, or `deployments.apps`: how the apiserver names a group resource in messages. */
function qualified(resource: string, group: string): string {
  return group === "" ? resource : `${resource}.${group}`;
}

function resourceDetails(resource: string, group: string, name?: string): StatusDetails {
  return { ...(name ? { name } : {}), ...(group ? { group } : {}), kind: resource };
}

export function unauthorizedStatus(): KubeResponse {
  return statusResponse({ code: 401, reason: "Unauthorized", message: "Unauthorized" });
}

export interface ForbiddenOptions {
  user: string;
  verb: string;
  resource: string;
  group: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

/** RBAC's denial, worded as the apiserver's authorization filter words it. */
export function forbiddenStatus({
  user,
  verb,
  resource,
  group,
  subresource,
  namespace,
  name,
}: ForbiddenOptions): KubeResponse {
  const target = subresource ? `${resource}/${subresource}` : resource;
  const scope = namespace ? `in the namespace ${JSON.stringify(namespace)}` : "at the cluster scope";
  const reason = `User ${JSON.stringify(user)} cannot ${verb} resource ${JSON.stringify(target)} in API group ${JSON.stringify(group)} ${scope}`;
  const subject = name ? `${qualified(resource, group)} ${JSON.stringify(name)}` : qualified(resource, group);
  return statusResponse({
    code: 403,
    reason: "Forbidden",
    message: `${subject} is forbidden: ${reason}`,
    details: resourceDetails(resource, group, name),
  });
}

export function notFoundStatus({
  resource,
  group,
  name,
}: {
  resource: string;
  group: string;
  name: string;
}): KubeResponse {
  return statusResponse({
    code: 404,
    reason: "NotFound",
    message: `${qualified(resource, group)} ${JSON.stringify(name)} not found`,
    details: resourceDetails(resource, group, name),
  });
}

/** An API path that names no resource: what the apiserver answers for /api/v1/foos. */
export function pathNotFoundStatus(): KubeResponse {
  return statusResponse({
    code: 404,
    reason: "NotFound",
    message: "the server could not find the requested resource",
    details: {},
  });
}

export function methodNotAllowedStatus(): KubeResponse {
  return statusResponse({
    code: 405,
    reason: "MethodNotAllowed",
    message: "the server does not allow this method on the requested resource",
    details: {},
  });
}

export function badRequestStatus({ message }: { message: string }): KubeResponse {
  return statusResponse({ code: 400, reason: "BadRequest", message });
}

export function notAcceptableStatus({ message }: { message: string }): KubeResponse {
  return statusResponse({ code: 406, reason: "NotAcceptable", message });
}

/** The etcd "continue token too old" error; `continueToken` lets a client continue inconsistently. */
export function expiredContinueStatus({ continueToken }: { continueToken?: string }): KubeResponse {
  return statusResponse({
    code: 410,
    reason: "Expired",
    message:
      "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.",
    metadata: continueToken ? { continue: continueToken } : {},
  });
}

/** API Priority and Fairness rejecting a request. */
export function tooManyRequestsStatus({ retryAfterSeconds }: { retryAfterSeconds: number }): KubeResponse {
  return statusResponse({
    code: 429,
    reason: "TooManyRequests",
    message: "Too many requests, please try again later.",
    details: { retryAfterSeconds },
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}

export function internalErrorStatus({ cause }: { cause: string }): KubeResponse {
  return statusResponse({
    code: 500,
    reason: "InternalError",
    message: `Internal error occurred: ${cause}`,
    details: { causes: [{ message: cause }] },
  });
}
