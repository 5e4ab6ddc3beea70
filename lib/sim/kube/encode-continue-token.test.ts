import { expect, it } from "vitest";
import { decodeContinueToken, encodeContinueToken } from "./encode-continue-token";

it("round-trips tokens in the apiserver's base64url JSON format and rejects garbage", () => {
  const token = encodeContinueToken({ revision: 1043, start: "shop/pod-0003\u0000", issuedAt: 1_700_000_000_000 });
  expect(JSON.parse(Buffer.from(token, "base64url").toString())).toMatchObject({
    v: "meta.k8s.io/v1",
    rv: 1043,
    start: "shop/pod-0003\u0000",
  });
  expect(decodeContinueToken({ value: token })).toEqual({
    ok: true,
    token: { revision: 1043, start: "shop/pod-0003\u0000", issuedAt: 1_700_000_000_000 },
  });
  expect(decodeContinueToken({ value: "not-a-token" })).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^continue key is not valid/),
  });
  const wrongVersion = Buffer.from(JSON.stringify({ v: "x", rv: 1, start: "a" })).toString("base64url");
  expect(decodeContinueToken({ value: wrongVersion }).ok).toBe(false);
});
