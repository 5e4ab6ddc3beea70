import { describe, expect, it } from "vitest";
import { mapNetworkPolicy } from "./map-network-policy";

const policy = (spec: Record<string, unknown>) => mapNetworkPolicy({ metadata: { name: "p", namespace: "ns" }, spec });

describe("mapNetworkPolicy", () => {
  it("an empty rule allows everything: only no rules at all denies", () => {
    expect(policy({ podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] })).toMatchObject({
      ok: true,
      value: { isDefaultDenyIngress: false, ingressRuleCount: 1 },
    });
    expect(policy({ podSelector: {}, policyTypes: ["Ingress", "Egress"] })).toMatchObject({
      ok: true,
      value: { isPodSelectorEmpty: true, isDefaultDenyIngress: true, isDefaultDenyEgress: true },
    });
  });

  it("a policy that selects some pods is not a namespace default deny", () => {
    expect(policy({ podSelector: { matchLabels: { app: "x" } }, policyTypes: ["Ingress"] })).toMatchObject({
      ok: true,
      value: { isPodSelectorEmpty: false, isDefaultDenyIngress: false },
    });
  });

  it("applies the API server's policyTypes default when they are missing", () => {
    expect(policy({ podSelector: {}, egress: [{}] })).toMatchObject({
      ok: true,
      value: { policyTypes: ["Ingress", "Egress"], isDefaultDenyIngress: true, isDefaultDenyEgress: false },
    });
    expect(policy({ podSelector: {} })).toMatchObject({
      ok: true,
      value: { policyTypes: ["Ingress"], isDefaultDenyEgress: false },
    });
  });
});
