import { describe, expect, it } from "vitest";
import { describeKubeStatus, isRetryableStatus } from "./describe-kube-status";
import { parseRetryAfter } from "./parse-retry-after";

const status = (body: unknown) => Buffer.from(JSON.stringify(body));

describe("describeKubeStatus", () => {
  it("maps statuses to error kinds with the server's message", () => {
    const forbidden = status({ kind: "Status", message: 'pods is forbidden: User "x" cannot list resource "pods"' });
    expect(describeKubeStatus({ status: 403, body: forbidden, path: "/api/v1/pods" })).toEqual({
      kind: "forbidden",
      message: 'Forbidden (403): pods is forbidden: User "x" cannot list resource "pods"',
    });
    expect(describeKubeStatus({ status: 401, body: Buffer.alloc(0), path: "/x" }).kind).toBe("unauthorized");
    expect(describeKubeStatus({ status: 404, body: Buffer.from("404 page not found"), path: "/x" })).toEqual({
      kind: "not-found",
      message: "Not found (404) for /x",
    });
    expect(describeKubeStatus({ status: 503, body: Buffer.alloc(0), path: "/x" }).kind).toBe("unreachable");
    expect(describeKubeStatus({ status: 429, body: Buffer.alloc(0), path: "/x" }).kind).toBe("unreachable");
    expect(describeKubeStatus({ status: 406, body: Buffer.alloc(0), path: "/x" }).kind).toBe("invalid-response");
  });

  it("shortens long server messages", () => {
    const { message } = describeKubeStatus({ status: 500, body: status({ message: "e".repeat(1000) }), path: "/x" });
    expect(message.length).toBeLessThan(400);
  });

  it("retries only throttling and server errors", () => {
    expect([429, 500, 503, 400, 401, 403, 404, 410].map(isRetryableStatus)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, an HTTP date, or the Status details", () => {
    expect(parseRetryAfter({ header: "3", body: Buffer.alloc(0) })).toBe(3000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter({ header: "Thu, 01 Jan 2026 00:00:05 GMT", body: Buffer.alloc(0), now })).toBe(5000);
    expect(parseRetryAfter({ header: undefined, body: status({ details: { retryAfterSeconds: 2 } }) })).toBe(2000);
    expect(parseRetryAfter({ header: "soon", body: Buffer.from("{") })).toBeNull();
  });
});
