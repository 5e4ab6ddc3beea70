import { isIP } from "node:net";

const LABEL = /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;

/** Whether `host` is an IPv4/IPv6 literal (no brackets) or a DNS name (optional trailing dot). */
export function isHostName({ host }: { host: string }): boolean {
  if (isIP(host) !== 0) return true;
  const name = host.endsWith(".") ? host.slice(0, -1) : host;
  if (name.length === 0 || name.length > 253) return false;
  return name.split(".").every((label) => LABEL.test(label));
}
