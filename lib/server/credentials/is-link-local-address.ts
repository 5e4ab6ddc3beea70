import { BlockList, isIP } from "node:net";

// Link-local ranges host cloud metadata services (169.254.169.254, fd00:ec2::254), which hand out
// instance credentials. IPv6 forms that embed 169.254/16 reach the same place through a translator
// or the kernel: IPv4-mapped (::ffff:0:0/96, matched by the IPv4 rule), NAT64 (64:ff9b::/96),
// SIIT IPv4-translated (::ffff:0:0:0/96) and the deprecated IPv4-compatible form (::/96).
const LINK_LOCAL = new BlockList();
LINK_LOCAL.addSubnet("169.254.0.0", 16, "ipv4");
LINK_LOCAL.addSubnet("fe80::", 10, "ipv6");
LINK_LOCAL.addAddress("fd00:ec2::254", "ipv6");
LINK_LOCAL.addSubnet("64:ff9b::a9fe:0", 112, "ipv6");
LINK_LOCAL.addSubnet("::ffff:0:a9fe:0", 112, "ipv6");
LINK_LOCAL.addSubnet("::a9fe:0", 112, "ipv6");

const METADATA_HOSTNAMES = new Set(["metadata.google.internal"]);

/**
 * Whether `host` (an IP literal, a bracketed IPv6 literal, or a name) is a link-local or cloud
 * metadata address. IPv4 spellings such as `0xA9FEA9FE` or `169.254.43518` are canonicalised the
 * way URL parsing (and so the connecting client) reads them.
 *
 * Note: names are not resolved here (a name can resolve to a metadata address later); this only
 * stops the obvious literal. A connect-time check belongs to the collector.
 */
export function isLinkLocalAddress({ host }: { host: string }): boolean {
  const bare = host
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
  if (METADATA_HOSTNAMES.has(bare)) return true;
  const address = canonicalAddress(bare);
  const family = isIP(address);
  if (family === 4) return LINK_LOCAL.check(address, "ipv4");
  if (family === 6) return LINK_LOCAL.check(address, "ipv6");
  return false;
}

function canonicalAddress(host: string): string {
  if (isIP(host) !== 0) return host;
  try {
    return new URL(`https://${host}/`).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return host;
  }
}
