import type { CollectionErrorKind } from "@/lib/server/collect/snapshot/collection-error";
import { describeNetworkError } from "./describe-network-error";

/**
 * A Node network or TLS error as a CollectionError kind and message, from describeNetworkError's
 * finer reasons: DNS and refused connections are `unreachable`; an expired server certificate is
 * `tls`, while a server rejecting our (expired or unknown) client certificate is `unauthorized`.
 */
export function describeTransportError({ error, server }: { error: unknown; server: string }): {
  kind: CollectionErrorKind;
  message: string;
} {
  const { kind, message } = describeNetworkError(error, server);
  const code = (error as { code?: unknown } | null)?.code;
  switch (kind) {
    case "dns":
    case "refused":
    case "unreachable":
      return { kind: "unreachable", message };
    case "certificate-expired":
      return { kind: code === "CERT_HAS_EXPIRED" ? "tls" : "unauthorized", message };
    default:
      return { kind, message };
  }
}
