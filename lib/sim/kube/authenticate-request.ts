import type { IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { verifyBearerToken } from "./sign-bearer-token";

export interface Identity {
  user: string;
  /** As the authorizer sees them: the credential's groups plus system:authenticated. */
  groups: string[];
}

export const ANONYMOUS: Identity = { user: "system:anonymous", groups: ["system:unauthenticated"] };

export type AuthenticationResult =
  | { kind: "authenticated"; identity: Identity }
  | { kind: "anonymous" }
  /** Credentials were presented and none was valid: always 401, even on public paths. */
  | { kind: "rejected" };

/**
 * Authenticates like the apiserver's union authenticator: a client certificate verified against
 * the cluster CA (CN = user, O = groups), else a bearer token. A certificate that fails
 * verification (expired, wrong CA, wrong purpose) counts as no identity; if no other credential
 * succeeds, the request is rejected.
 */
export function authenticateRequest({
  request,
  tokenSecret,
  now,
}: {
  request: IncomingMessage;
  tokenSecret: Buffer;
  now: Date;
}): AuthenticationResult {
  let presented = false;
  const socket = request.socket as TLSSocket;
  const peer = typeof socket.getPeerCertificate === "function" ? socket.getPeerCertificate() : undefined;
  if (peer && peer.subject && Object.keys(peer.subject).length > 0) {
    presented = true;
    const commonName = first(peer.subject.CN);
    // Note: rejectUnauthorized is off so the server can answer 401 with a Status body like
    // kube-apiserver; `authorized` is therefore the only thing standing between a forged
    // certificate and an identity, and must be checked here.
    if (socket.authorized && commonName) {
      return { kind: "authenticated", identity: withAuthenticated({ user: commonName, groups: all(peer.subject.O) }) };
    }
  }
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    presented = true;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const claims = match?.[1] ? verifyBearerToken({ secret: tokenSecret, token: match[1], now }) : undefined;
    if (claims) return { kind: "authenticated", identity: withAuthenticated(claims) };
  }
  return presented ? { kind: "rejected" } : { kind: "anonymous" };
}

function withAuthenticated({ user, groups }: { user: string; groups: string[] }): Identity {
  return { user, groups: groups.includes("system:authenticated") ? groups : [...groups, "system:authenticated"] };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
