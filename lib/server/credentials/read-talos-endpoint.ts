import { isIP } from "node:net";
import { CredentialError } from "./credential-error";
import { isHostName } from "./is-host-name";

const HOST_PORT = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/;

/**
 * Checks a talosconfig endpoint in one of the forms talosctl reads (`host`, `host:port`,
 * `[v6]:port`, a bare IPv6 address or an `https://` URL) and returns its host, without brackets.
 */
export function readTalosEndpoint({ endpoint, field }: { endpoint: string; field: string }): { host: string } {
  const text = endpoint.trim();
  const invalid = () =>
    new CredentialError({
      field,
      message: `The Talos endpoint "${text.slice(0, 100)}" is not valid; use host, host:port, [IPv6]:port or an https:// URL (e.g. 10.0.0.10 or 10.0.0.10:50000).`,
    });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (!/^https:\/\//i.test(text)) throw invalid();
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw invalid();
    }
    if (!url.hostname || url.username || url.password || url.pathname !== "/" || url.search || url.hash)
      throw invalid();
    return { host: url.hostname.replace(/^\[|\]$/g, "") };
  }
  if (isIP(text) === 6) return { host: text };
  const match = HOST_PORT.exec(text);
  const bracketed = match?.[1]?.startsWith("[") ?? false;
  const host = match?.[1]?.replace(/^\[|\]$/g, "");
  const port = match?.[2] === undefined ? 50000 : Number(match[2]);
  if (!host || port < 1 || port > 65535) throw invalid();
  if (bracketed ? isIP(host) !== 6 : !isHostName({ host })) throw invalid();
  return { host };
}
