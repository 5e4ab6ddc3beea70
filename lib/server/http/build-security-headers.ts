/** What kind of response the headers are for: an HTML page (scripts run) or anything else (API, files). */
export type SecurityHeaderTarget = "page" | "other";

/**
 * Whether the browser reached Lotse over TLS: the request itself, a TLS-terminating proxy's
 * `x-forwarded-proto`, or a public https NEXTAUTH_URL.
 *
 * Note: `x-forwarded-proto` is client-controllable when no proxy overwrites it; trusting it here is
 * safe because its only effect is HSTS, which browsers ignore on plain-http responses.
 */
export function isServedOverTls({
  protocol,
  forwardedProto,
  publicUrl,
}: {
  protocol: string;
  forwardedProto: string | null;
  publicUrl: string | undefined;
}): boolean {
  if (protocol === "https:") return true;
  if (forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https") return true;
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

export interface SecurityHeaderOptions {
  target: SecurityHeaderTarget;
  nonce: string;
  isTls: boolean;
  isDev: boolean;
}

/**
 * The Content-Security-Policy for one response. Pages allow scripts only with this request's nonce
 * (Next.js reads the nonce from the request's CSP header and stamps its own scripts with it);
 * `'strict-dynamic'` lets those scripts load the app's chunks. Styles keep `'unsafe-inline'`:
 * React `style` attributes, Recharts and React Flow set inline styles, which nonces cannot cover.
 * Everything that is not a page gets a policy that allows nothing at all.
 */
export function buildContentSecurityPolicy({ target, nonce, isTls, isDev }: SecurityHeaderOptions): string {
  if (target === "other") return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const directives = [
    "default-src 'self'",
    // React's development build needs eval for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isTls ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every security header Lotse sends on a response. HSTS only when served over TLS. */
export function buildSecurityHeaders({ target, nonce, isTls, isDev }: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": buildContentSecurityPolicy({ target, nonce, isTls, isDev }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(isTls ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
