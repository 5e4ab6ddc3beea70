import { describe, expect, it } from "vitest";
import { isLinkLocalAddress } from "./is-link-local-address";

describe("isLinkLocalAddress", () => {
  it.each([
    "169.254.169.254",
    "169.254.0.1",
    "fe80::1",
    "[fe80::1]",
    "febf::1",
    "fd00:ec2::254",
    "[fd00:ec2::254]",
    "::ffff:169.254.169.254",
    "64:ff9b::a9fe:a9fe",
    "0xA9FEA9FE",
    "169.254.43518",
    "0251.0376.0251.0376",
    "169.254.169.254.",
    "metadata.google.internal",
  ])("flags %s", (host) => {
    expect(isLinkLocalAddress({ host })).toBe(true);
  });

  it.each([
    "10.0.0.1",
    "127.0.0.1",
    "169.253.255.255",
    "169.255.0.1",
    "fec0::1",
    "fd00:ec2::253",
    "::1",
    "kubernetes.example.com",
    "2001:db8::1",
  ])("does not flag %s", (host) => {
    expect(isLinkLocalAddress({ host })).toBe(false);
  });
});
