import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders, isServedOverTls } from "./build-security-headers";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));

describe("buildContentSecurityPolicy", () => {
  it("lets page scripts run only with this response's nonce, never inline or eval in production", () => {
    const csp = buildContentSecurityPolicy({ target: "page", nonce: "abc123", isTls: false, isDev: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(directive(csp, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("adds eval only for the development server and upgrades requests only over TLS", () => {
    const dev = buildContentSecurityPolicy({ target: "page", nonce: "n", isTls: false, isDev: true });
    expect(directive(dev, "script-src")).toContain("'unsafe-eval'");
    const tls = buildContentSecurityPolicy({ target: "page", nonce: "n", isTls: true, isDev: false });
    expect(directive(tls, "upgrade-insecure-requests")).toBe("upgrade-insecure-requests");
  });

  it("gives everything that is not a page a policy that allows nothing", () => {
    const csp = buildContentSecurityPolicy({ target: "other", nonce: "n", isTls: true, isDev: true });
    expect(csp).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });
});

describe("buildSecurityHeaders", () => {
  it("sends nosniff, a referrer policy, a permissions policy and no HSTS over plain http", () => {
    const headers = buildSecurityHeaders({ target: "page", nonce: "n", isTls: false, isDev: false });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": expect.stringContaining("camera=()"),
    });
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
  });

  it("sends HSTS behind TLS", () => {
    const headers = buildSecurityHeaders({ target: "other", nonce: "n", isTls: true, isDev: false });
    expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("isServedOverTls", () => {
  it.each([
    [{ protocol: "https:", forwardedProto: null, publicUrl: undefined }, true],
    [{ protocol: "http:", forwardedProto: "https", publicUrl: undefined }, true],
    [{ protocol: "http:", forwardedProto: "HTTPS, http", publicUrl: undefined }, true],
    [{ protocol: "http:", forwardedProto: "http, https", publicUrl: undefined }, false],
    [{ protocol: "http:", forwardedProto: null, publicUrl: "https://lotse.example.internal" }, true],
    [{ protocol: "http:", forwardedProto: null, publicUrl: "http://localhost:3000" }, false],
    [{ protocol: "http:", forwardedProto: null, publicUrl: undefined }, false],
  ])("%o → %s", (input, expected) => {
    expect(isServedOverTls(input)).toBe(expected);
  });
});
