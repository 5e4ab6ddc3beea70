import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
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

describe("isLinkLocalAddress: properties", () => {
  const RUNS = 1_000;
  let tried = 0;
  afterAll(() => console.info(`isLinkLocalAddress: ${tried} generated host spellings tried`));

  const check = (host: string, expected: boolean) => {
    tried += 1;
    expect(isLinkLocalAddress({ host }), host).toBe(expected);
  };
  const byte = fc.integer({ min: 0, max: 255 });
  const hex = (value: number) => value.toString(16);
  const ipv4 = fc.tuple(byte, byte, byte, byte);

  /** Spellings a URL parser (and so the connecting client) reads as a.b.c.d, plus IPv6 forms embedding it. */
  function spellings([a, b, c, d]: [number, number, number, number]): string[] {
    const whole = a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8 + d;
    const low = (c << 8) | d;
    const high = (a << 8) | b;
    return [
      `${a}.${b}.${c}.${d}`,
      `${a}.${b}.${low}`,
      `0x${hex(whole)}`,
      `${whole}`,
      `0${a.toString(8)}.0${b.toString(8)}.0${c.toString(8)}.0${d.toString(8)}`,
      `${a}.${b}.${c}.${d}.`,
      `::ffff:${a}.${b}.${c}.${d}`,
      `[::ffff:${hex(high)}:${hex(low)}]`,
      `0:0:0:0:0:FFFF:${hex(high).toUpperCase()}:${hex(low).toUpperCase()}`,
    ];
  }
  /** IPv6 prefixes that route to an embedded IPv4 address (NAT64, SIIT, IPv4-compatible). */
  function translatedSpellings([a, b, c, d]: [number, number, number, number]): string[] {
    return [`64:ff9b::${a}.${b}.${c}.${d}`, `::ffff:0:${a}.${b}.${c}.${d}`, `::${a}.${b}.${c}.${d}`];
  }

  it("flags every address in 169.254.0.0/16, however it is spelled", () => {
    fc.assert(
      fc.property(byte, byte, (c, d) => {
        for (const host of [...spellings([169, 254, c, d]), ...translatedSpellings([169, 254, c, d])]) {
          check(host, true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("flags no IPv4 address outside 169.254.0.0/16, in any spelling", () => {
    const outside = ipv4.filter(([a, b]) => !(a === 169 && b === 254));
    fc.assert(
      fc.property(outside, (address) => {
        for (const host of [...spellings(address), ...translatedSpellings(address)]) check(host, false);
      }),
      { numRuns: RUNS },
    );
  });

  it("flags all of fe80::/10 and the AWS metadata address, and no other unicast IPv6 address", () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    const tail = fc.array(group, { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(fc.integer({ min: 0xfe80, max: 0xfebf }), tail, (first, rest) => {
        check([first, ...rest].map(hex).join(":"), true);
        check(`[${[first, ...rest].map(hex).join(":").toUpperCase()}]`, true);
      }),
      { numRuns: RUNS },
    );
    // Global unicast (2000::/3) and unique-local (fc00::/7) space, except the one metadata address.
    const first = fc.oneof(fc.integer({ min: 0x2000, max: 0x3fff }), fc.integer({ min: 0xfc00, max: 0xfdff }));
    fc.assert(
      fc.property(first, tail, (head, rest) => {
        const host = [head, ...rest].map(hex).join(":");
        check(host, host === "fd00:ec2:0:0:0:0:0:254");
      }),
      { numRuns: RUNS },
    );
    check("fd00:ec2:0:0:0:0:0:254", true);
  });

  it("reads a host the way a URL parser does: a host and its parsed form agree", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.domain(), fc.ipV4(), fc.ipV4Extended(), fc.ipV6()), (host) => {
        let parsed: string;
        try {
          parsed = new URL(`https://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}/`).hostname;
        } catch {
          // Not a host a client could connect to; the classifier must still answer without throwing.
          tried += 1;
          expect(typeof isLinkLocalAddress({ host })).toBe("boolean");
          return;
        }
        check(host, isLinkLocalAddress({ host: parsed }));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
