import { describe, expect, it } from "vitest";
import { parseTalosEndpoint } from "./parse-talos-endpoint";

describe("parseTalosEndpoint", () => {
  it("reads endpoints as talosctl does", () => {
    expect(parseTalosEndpoint("10.0.0.10")).toEqual({ host: "10.0.0.10", port: 50000, target: "10.0.0.10:50000" });
    expect(parseTalosEndpoint("127.0.0.1:41234").port).toBe(41234);
    expect(parseTalosEndpoint("cp.example.com").target).toBe("cp.example.com:50000");
    expect(parseTalosEndpoint("https://talos.example.com").target).toBe("talos.example.com:443");
    expect(parseTalosEndpoint("https://talos.example.com:50001").port).toBe(50001);
    expect(parseTalosEndpoint("[fd00::1]:50000")).toEqual({ host: "fd00::1", port: 50000, target: "[fd00::1]:50000" });
    expect(parseTalosEndpoint("fd00::1").target).toBe("[fd00::1]:50000");
  });

  it("rejects endpoints that are not host[:port]", () => {
    expect(() => parseTalosEndpoint("")).toThrow(/invalid Talos endpoint/);
    expect(() => parseTalosEndpoint("host:99999")).toThrow(/invalid Talos endpoint/);
    expect(() => parseTalosEndpoint("a:b:c")).toThrow(/invalid Talos endpoint/);
  });
});
