import { describe, expect, it } from "vitest";
import { mapCalicoPolicy } from "./map-calico-policy";
import { mapCiliumPolicy } from "./map-cilium-policy";

describe("CNI-specific network policies", () => {
  it("reads a Cilium policy selecting every endpoint with empty sections as default deny", () => {
    const denyAll = mapCiliumPolicy(
      {
        metadata: { name: "deny-all", namespace: "shop" },
        spec: { endpointSelector: {}, ingress: [{}], egress: [{}] },
      },
      "CiliumNetworkPolicy",
    );
    expect(denyAll).toEqual({
      ok: true,
      value: {
        kind: "CiliumNetworkPolicy",
        namespace: "shop",
        name: "deny-all",
        selectsAll: true,
        defaultDenyDirections: ["Ingress", "Egress"],
      },
    });
    const allowDns = mapCiliumPolicy(
      {
        metadata: { name: "dns" },
        spec: { endpointSelector: {}, egress: [{ toEndpoints: [{ matchLabels: { "k8s-app": "kube-dns" } }] }] },
      },
      "CiliumClusterwideNetworkPolicy",
    );
    expect(allowDns).toMatchObject({
      ok: true,
      value: { namespace: null, selectsAll: true, defaultDenyDirections: [] },
    });
    const optedOut = mapCiliumPolicy(
      {
        metadata: { name: "audit", namespace: "shop" },
        spec: { endpointSelector: {}, ingress: [{}], enableDefaultDeny: { ingress: false } },
      },
      "CiliumNetworkPolicy",
    );
    expect(optedOut).toMatchObject({ ok: true, value: { defaultDenyDirections: [] } });
    const some = mapCiliumPolicy(
      {
        metadata: { name: "web", namespace: "shop" },
        spec: { endpointSelector: { matchLabels: { app: "web" } }, ingress: [{}] },
      },
      "CiliumNetworkPolicy",
    );
    expect(some).toMatchObject({ ok: true, value: { selectsAll: false, defaultDenyDirections: [] } });
  });

  it("reads Calico policies like Kubernetes ones: all() and a type without rules denies it", () => {
    const global = mapCalicoPolicy(
      {
        metadata: { name: "default-deny" },
        spec: { selector: "all()", types: ["Ingress", "Egress"], egress: [{ action: "Allow" }] },
      },
      "CalicoGlobalNetworkPolicy",
    );
    expect(global).toEqual({
      ok: true,
      value: {
        kind: "CalicoGlobalNetworkPolicy",
        namespace: null,
        name: "default-deny",
        selectsAll: true,
        defaultDenyDirections: ["Ingress"],
      },
    });
    const scoped = mapCalicoPolicy(
      { metadata: { name: "x" }, spec: { selector: "all()", namespaceSelector: "team == 'a'", types: ["Ingress"] } },
      "CalicoGlobalNetworkPolicy",
    );
    expect(scoped).toMatchObject({ ok: true, value: { selectsAll: false, defaultDenyDirections: [] } });
    expect(
      mapCalicoPolicy({ metadata: { name: "bad" }, spec: { types: "Ingress" } }, "CalicoNetworkPolicy"),
    ).toMatchObject({
      ok: false,
    });
  });
});
