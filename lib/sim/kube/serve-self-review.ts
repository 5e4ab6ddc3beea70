import type { Identity } from "./authenticate-request";
import { isForbidden } from "./authorize-request";
import { badRequestStatus } from "./build-status";
import { decodeProtobufReview } from "./decode-protobuf-review";
import type { KubeResponse } from "./kube-response";
import type { KubeServerContext } from "./kube-server-context";
import type { ResourceDefinition } from "./kube-resource-types";

const READ_VERBS = ["get", "list", "watch"];

interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
}

/**
 * POST of a SelfSubjectReview ("who am I", kubectl auth whoami) or a SelfSubjectAccessReview
 * ("may I", kubectl auth can-i). The simulated RBAC is the simulator's: every user may read
 * (get, list, watch) everything except the `forbidden` resources, and may write nothing.
 */
export function serveSelfReview({
  context,
  identity,
  definition,
  body,
}: {
  context: KubeServerContext;
  identity: Identity;
  definition: ResourceDefinition;
  /** JSON, or Kubernetes protobuf as kubectl sends it. */
  body: Buffer;
}): KubeResponse {
  let review: Record<string, unknown> | undefined = decodeProtobufReview({ body });
  if (!review) {
    try {
      review = JSON.parse(body.length === 0 ? "{}" : body.toString("utf8")) as Record<string, unknown>;
    } catch {
      return badRequestStatus({ message: "the request body is neither JSON nor Kubernetes protobuf" });
    }
  }
  const apiVersion = `${definition.group}/v1`;
  const metadata = {
    creationTimestamp: context
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z"),
  };
  if (definition.kind === "SelfSubjectReview") {
    const status = { userInfo: { username: identity.user, groups: identity.groups } };
    return created({ kind: definition.kind, apiVersion, metadata, status });
  }
  const spec = (review.spec ?? {}) as {
    resourceAttributes?: ResourceAttributes;
    nonResourceAttributes?: { path?: string; verb?: string };
  };
  const verb = spec.resourceAttributes?.verb ?? spec.nonResourceAttributes?.verb ?? "";
  const attributes = spec.resourceAttributes;
  const isAllowed =
    READ_VERBS.includes(verb) &&
    (!attributes ||
      !isForbidden({
        faults: context.faults,
        resource: attributes.resource ?? "",
        group: attributes.group ?? "",
        subresource: attributes.subresource || undefined,
      }));
  return created({ kind: definition.kind, apiVersion, metadata, spec, status: { allowed: isAllowed } });
}

function created(object: Record<string, unknown>): KubeResponse {
  return { status: 201, headers: { "Content-Type": "application/json" }, body: JSON.stringify(object) };
}
