import { X509Certificate } from "node:crypto";
import type { KubeClient } from "./create-kube-client";
import type { KubeTransport } from "./create-kube-transport";
import { resourceKey, type ServedApis } from "./served-apis";

export interface KubeIdentity {
  user?: string;
  groups: string[];
  authKind: string;
}

/**
 * Who the credential is. A client certificate names it itself (CN = user, O = groups), read
 * locally. A token is opaque, so the server is asked with a SelfSubjectReview (`kubectl auth
 * whoami`; a review, never persisted, allowed to every authenticated user) when it serves one.
 * The identity is run metadata, not evidence: when it cannot be learned, `user` stays unset.
 */
export async function readKubeIdentity({
  client,
  transport,
  apis,
}: {
  client: KubeClient;
  transport: KubeTransport;
  apis: ServedApis;
}): Promise<KubeIdentity> {
  const { authKind } = transport;
  if (transport.clientCertificatePem) {
    try {
      const lines = new X509Certificate(transport.clientCertificatePem).subject.split("\n");
      const values = (prefix: string) =>
        lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
      return { user: values("CN=")[0], groups: values("O="), authKind };
    } catch {
      return { groups: [], authKind };
    }
  }
  const review = apis.resources.get(resourceKey("authentication.k8s.io", "selfsubjectreviews"));
  if (authKind !== "token" || !review?.verbs.includes("create")) return { groups: [], authKind };
  const result = await client.request({
    path: `/apis/authentication.k8s.io/${review.version}/selfsubjectreviews`,
    body: JSON.stringify({ apiVersion: `authentication.k8s.io/${review.version}`, kind: "SelfSubjectReview" }),
    maxBytes: 64 * 1024,
    target: "kubernetes:selfsubjectreviews",
  });
  const userInfo = result.ok
    ? (result.json as { status?: { userInfo?: { username?: unknown; groups?: unknown } } } | null)?.status?.userInfo
    : undefined;
  const groups = Array.isArray(userInfo?.groups)
    ? userInfo.groups.filter((group): group is string => typeof group === "string")
    : [];
  return { ...(typeof userInfo?.username === "string" ? { user: userInfo.username } : {}), groups, authKind };
}
