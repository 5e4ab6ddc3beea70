// Proxy (Next.js 16's middleware): a fresh CSP nonce and the security headers on every response.
import { NextResponse, type NextRequest } from "next/server";
import { buildSecurityHeaders, isServedOverTls } from "@/lib/server/http/build-security-headers";

export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  // next-auth's own endpoints may answer with small HTML pages (sign-out confirmation), so they get the page policy.
  const isPage = !path.startsWith("/api/") || path.startsWith("/api/auth/");
  // 128 random bits, base64: unguessable per response, as a CSP nonce must be.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = buildSecurityHeaders({
    target: isPage ? "page" : "other",
    nonce,
    isTls: isServedOverTls({
      protocol: request.nextUrl.protocol,
      forwardedProto: request.headers.get("x-forwarded-proto"),
      publicUrl: process.env.NEXTAUTH_URL,
    }),
    isDev: process.env.NODE_ENV === "development",
  });
  const csp = headers["Content-Security-Policy"]!;
  // Next.js takes the nonce for its own inline and framework scripts from the request's CSP header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Built assets carry no script of their own to police; next.config.ts gives them nosniff.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
