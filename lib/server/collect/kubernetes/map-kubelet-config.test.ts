import { describe, expect, it } from "vitest";
import { mapKubeletConfig } from "./map-kubelet-config";

describe("mapKubeletConfig", () => {
  it("reads the security fields and leaves unset ones null", () => {
    const result = mapKubeletConfig({
      kubeletconfig: { authentication: { anonymous: { enabled: true } }, readOnlyPort: 10255 },
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        anonymousAuthEnabled: true,
        webhookAuthEnabled: null,
        authorizationMode: null,
        readOnlyPort: 10255,
        featureGates: {},
      },
    });
  });

  it("drops the raw object when it is larger than 64 KiB but keeps the summary", () => {
    const result = mapKubeletConfig({
      kubeletconfig: { authorization: { mode: "Webhook" }, padding: "x".repeat(70_000) },
    });
    expect(result).toMatchObject({ ok: true, value: { authorizationMode: "Webhook", raw: null } });
  });

  it("rejects answers that are not a kubelet configuration", () => {
    expect(mapKubeletConfig({ kubelet: {} })).toEqual({
      ok: false,
      message: "configz did not answer a `kubeletconfig` object",
    });
    expect(mapKubeletConfig({ kubeletconfig: { readOnlyPort: "0" } })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^readOnlyPort:/),
    });
  });
});
