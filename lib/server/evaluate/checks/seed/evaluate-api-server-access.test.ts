import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { apiServerAccessEvaluator } from "./evaluate-api-server-access";
import { apiServerFlags, statusBySubject, talosControlPlane, TIMEOUT_ERROR } from "./support/seed-test-helpers";

/** Adds Talos ingress firewall documents to the control plane's machine config (an os:admin fixture). */
function addFirewall(subnets: string[]) {
  return (snapshot: StoredSnapshot) => {
    talosControlPlane(snapshot).machineConfig.data!.documents.push(
      { kind: "NetworkDefaultActionConfig", name: null, content: { ingress: "block" } },
      {
        kind: "NetworkRuleConfig",
        name: "kubernetes-api",
        content: {
          name: "kubernetes-api",
          portSelector: { ports: ["6000-6999", 50000], protocol: "tcp" },
          ingress: subnets.map((subnet) => ({ subnet })),
        },
      },
    );
  };
}

describe("seed.api-server-access", () => {
  beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

  it("passes a Talos API server with anonymous auth off behind a block-by-default firewall", async () => {
    const [result] = await evaluate(apiServerAccessEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: addFirewall(["10.0.0.0/8", "192.168.10.0/24"]),
    });
    expect(result).toMatchObject({ status: "PASS", subject: { kind: "node", name: "talos-hardened-cp-01" } });
    expect(result!.message).toBe(
      "kube-apiserver on talos-hardened-cp-01 refuses anonymous requests and port 6443 is allowed only from 10.0.0.0/8, 192.168.10.0/24.",
    );
    expect(result!.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(
          /^talos\.nodes\[[\d.]+\]\.machineConfig\[NetworkRuleConfig port 6443\]\.ingress\[\*\]\.subnet$/,
        ),
        value: ["10.0.0.0/8", "192.168.10.0/24"],
      }),
    );
  });

  it("warns when a firewall rule opens the API port to any address, or Talos accepts all ingress", async () => {
    const [open] = await evaluate(apiServerAccessEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: addFirewall(["0.0.0.0/0"]),
    });
    expect(open!.status).toBe("WARN");
    expect(open!.message).toContain("allows port 6443 from any address (0.0.0.0/0)");
    const [none] = await evaluate(apiServerAccessEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(none!.status).toBe("WARN");
    expect(none!.message).toContain("accepts all ingress");
  });

  it("warns, never passes, when the network restriction is not visible (os:reader, kubeadm)", async () => {
    const [talos] = await evaluate(apiServerAccessEvaluator, "talos-hardened");
    expect(talos!.status).toBe("WARN");
    expect(talos!.message).toContain("need os:admin to read");
    const [kubeadm] = await evaluate(apiServerAccessEvaluator, "kubeadm-hardened");
    expect(kubeadm!.status).toBe("WARN");
    expect(kubeadm!.message).toContain("not visible through the Kubernetes API");
  });

  it("fails when anonymous requests are accepted: unset on kubeadm, or set to true on Talos", async () => {
    const [kubeadm] = await evaluate(apiServerAccessEvaluator, "kubeadm-default");
    expect(kubeadm!.status).toBe("FAIL");
    expect(kubeadm!.message).toContain("--anonymous-auth is unset and defaults to true");
    expect(kubeadm!.evidence[1]).toEqual({
      source: "kubernetes.controlPlanePods[kube-system/kube-apiserver-kubeadm-default-cp-01].flags.bind-address",
      value: null,
      note: "unset: listens on all interfaces (0.0.0.0)",
    });
    const [talos] = await evaluate(apiServerAccessEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        addFirewall(["10.0.0.0/8"])(snapshot);
        apiServerFlags(snapshot)["anonymous-auth"] = "true";
      },
    });
    expect(talos!.status).toBe("FAIL");
    expect(talos!.message).toContain("--anonymous-auth=true");
  });

  it("warns when anonymous access is decided by a structured authentication config", async () => {
    const [result] = await evaluate(apiServerAccessEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        const flags = apiServerFlags(snapshot);
        delete flags["anonymous-auth"];
        flags["authentication-config"] = "/etc/kubernetes/authn.yaml";
      },
    });
    expect(result!.status).toBe("WARN");
    expect(result!.message).toContain("structured authentication config");
  });

  it("is NOT_APPLICABLE on a managed control plane", async () => {
    const results = await evaluate(apiServerAccessEvaluator, "managed");
    expect(statusBySubject(results)).toEqual({ cluster: "NOT_APPLICABLE" });
    expect(results[0]!.message).toContain("not visible from the cluster");
  });

  it("is UNKNOWN with the collection errors when the API server flags cannot be read", async () => {
    const results = await evaluate(apiServerAccessEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.controlPlanePods = {
          data: null,
          errors: [{ target: "kubernetes:pods/kube-system", ...TIMEOUT_ERROR }],
        };
      },
    });
    expect(statusBySubject(results)).toEqual({ cluster: "UNKNOWN" });
    expect(results[0]!.evidence).toEqual([
      { source: "kubernetes:pods/kube-system", value: null, note: "timeout: the call timed out after 10000 ms" },
    ]);
  });
});
