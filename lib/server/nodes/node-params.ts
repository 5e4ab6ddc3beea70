import { isIP } from "node:net";
import { z } from "zod";

// Note: a DNS-1123 subdomain, as Kubernetes names nodes; a Talos node that Kubernetes did not list
// is named by its address, which may be IPv6 (not a DNS name), so IP addresses are accepted too.
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const nodeNameSchema = z
  .string()
  .max(253, "a node name has at most 253 characters")
  .refine((name) => DNS_1123_SUBDOMAIN.test(name) || isIP(name) !== 0, {
    message: "not a valid node name (lower-case letters, digits, '-' and '.', or an IP address)",
  });
