const REDACTED = "[redacted]";
/** Query parameters whose values are credentials (SideroLink `jointoken`, signed URLs, API keys). */
const SECRET_QUERY =
  /([?&;](?:[\w.-]*(?:token|secret|passw(?:or)?d?|signature|sig|key|auth|credential)[\w.-]*)=)([^&;#\s"']*)/gi;
const USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@?#]+):([^/\s@?#]+)@/gi;

/**
 * Replaces credentials inside URL-like text with "[redacted]": the password of `scheme://user:pass@`
 * and the values of secret-looking query parameters (`?jointoken=…`, `&X-Amz-Signature=…`).
 * Text without such parts comes back unchanged.
 *
 * // Note: Omni-managed nodes boot with `siderolink.api=https://…?jointoken=<secret>` on the
 * // kernel command line, which os:reader can read; the snapshot must not keep it.
 */
export function redactUrlCredentials({ text }: { text: string }): string {
  if (!text.includes("=") && !text.includes("@")) return text;
  return text
    .replace(USERINFO, (_match, scheme: string, user: string) => `${scheme}${user}:${REDACTED}@`)
    .replace(SECRET_QUERY, (_match, name: string, value: string) => (value === "" ? name : `${name}${REDACTED}`));
}
