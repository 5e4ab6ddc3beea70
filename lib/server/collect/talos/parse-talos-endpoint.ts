import { isIP } from "node:net";
import { TalosApiError } from "./talos-api-error";

const APID_PORT = 50000;

/**
 * Reads a talosconfig endpoint as talosctl does: `host`, `host:port`, `[v6]:port` or a URL. A bare
 * host gets apid's port 50000; an `https://host` URL without a port gets 443.
 */
export function parseTalosEndpoint(endpoint: string): { host: string; port: number; target: string } {
  const text = endpoint.trim();
  let host: string;
  let port: number;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw invalid(endpoint);
    }
    host = url.hostname.replace(/^\[|\]$/g, "");
    port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : APID_PORT;
  } else if (isIP(text) === 6) {
    host = text;
    port = APID_PORT;
  } else {
    const match = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d+))?$/.exec(text);
    if (!match?.[1]) throw invalid(endpoint);
    host = match[1].replace(/^\[|\]$/g, "");
    port = match[2] ? Number(match[2]) : APID_PORT;
  }
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) throw invalid(endpoint);
  return { host, port, target: `${isIP(host) === 6 ? `[${host}]` : host}:${port}` };
}

function invalid(endpoint: string): TalosApiError {
  return new TalosApiError({ kind: "unreachable", message: `invalid Talos endpoint ${JSON.stringify(endpoint)}` });
}
