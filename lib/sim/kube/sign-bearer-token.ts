import { createHmac, timingSafeEqual } from "node:crypto";

// Bearer tokens are HS256 JWTs signed with a key derived from the scenario seed and cluster
// name. They are verified statelessly, so a simulator restarted with the same seed still accepts
// tokens it wrote into kubeconfigs earlier.
//
// Note: the signing key is predictable from the seed. That is intended for a simulator and
// would be a vulnerability anywhere else.

const ISSUER = "lotse-sim";
const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

interface TokenClaims {
  iss: string;
  sub: string;
  groups: string[];
  /** Seconds since the epoch; absent for tokens that never expire (like legacy SA tokens). */
  exp?: number;
}

export function signBearerToken({
  secret,
  user,
  groups,
  expiresAt,
}: {
  secret: Buffer;
  user: string;
  groups: string[];
  expiresAt?: Date;
}): string {
  const claims: TokenClaims = {
    iss: ISSUER,
    sub: user,
    groups,
    ...(expiresAt ? { exp: Math.floor(expiresAt.getTime() / 1000) } : {}),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${HEADER}.${payload}.${sign(secret, `${HEADER}.${payload}`)}`;
}

/** The token's user and groups, or undefined when it is malformed, forged or expired. */
export function verifyBearerToken({
  secret,
  token,
  now,
}: {
  secret: Buffer;
  token: string;
  now: Date;
}): { user: string; groups: string[] } | undefined {
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature || header !== HEADER) return undefined;
  const expected = Buffer.from(sign(secret, `${header}.${payload}`));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  let claims: Partial<TokenClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<TokenClaims>;
  } catch {
    return undefined;
  }
  if (claims.iss !== ISSUER || typeof claims.sub !== "string" || !Array.isArray(claims.groups)) return undefined;
  if (typeof claims.exp === "number" && claims.exp * 1000 <= now.getTime()) return undefined;
  return { user: claims.sub, groups: claims.groups.map(String) };
}

function sign(secret: Buffer, input: string): string {
  return createHmac("sha256", secret).update(input).digest("base64url");
}
