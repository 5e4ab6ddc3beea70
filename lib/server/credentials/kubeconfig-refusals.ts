/**
 * kubeconfig fields Lotse refuses, with the reason shown to the uploader. Checked on the chosen
 * cluster and user only; the normalized file is rebuilt from an allowlist, so anything not named
 * here and not allowlisted is dropped rather than obeyed.
 */
export const CLUSTER_REFUSALS: Record<string, string> = {
  "certificate-authority":
    "points to a CA file (certificate-authority), which would read files on the Lotse server; embed it as certificate-authority-data",
  "proxy-url": "uses a proxy (proxy-url), which Lotse does not support; Lotse connects to the API server directly",
};

export const USER_REFUSALS: Record<string, string> = {
  exec: "uses an exec credential plugin, which would run commands on the Lotse server; embed a client certificate (client-certificate-data and client-key-data) or a token instead",
  "auth-provider":
    "uses an auth-provider plugin, which would run commands on the Lotse server; embed a client certificate (client-certificate-data and client-key-data) or a token instead",
  "client-certificate":
    "points to a certificate file (client-certificate), which would read files on the Lotse server; embed it as client-certificate-data",
  "client-key":
    "points to a key file (client-key), which would read files on the Lotse server; embed it as client-key-data",
  tokenFile: "points to a token file (tokenFile), which would read files on the Lotse server; embed it as token",
  username:
    "uses basic authentication (username and password), which Lotse does not support; use a client certificate or a token",
  password:
    "uses basic authentication (username and password), which Lotse does not support; use a client certificate or a token",
  as: "impersonates another identity (as), which Lotse refuses: it reads with the credential's own identity; grant that identity the read-only role instead",
  "as-groups":
    "impersonates groups (as-groups), which Lotse refuses: it reads with the credential's own identity; grant that identity the read-only role instead",
  "as-uid":
    "impersonates a UID (as-uid), which Lotse refuses: it reads with the credential's own identity; grant that identity the read-only role instead",
  "as-user-extra":
    "impersonates user extras (as-user-extra), which Lotse refuses: it reads with the credential's own identity; grant that identity the read-only role instead",
};

/**
 * The first refused field set in `entry`, with its reason. A field counts as set when it holds
 * anything but null, an empty string, an empty list or false (kubectl ignores those too).
 */
export function findRefusal({
  entry,
  refusals,
}: {
  entry: Record<string, unknown>;
  refusals: Record<string, string>;
}): { key: string; reason: string } | undefined {
  for (const [key, reason] of Object.entries(refusals)) {
    if (isSet(entry[key])) return { key, reason };
  }
  return undefined;
}

function isSet(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === "") return false;
  return !(Array.isArray(value) && value.length === 0);
}
