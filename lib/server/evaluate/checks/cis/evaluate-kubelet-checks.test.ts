import { beforeAll, describe, expect, it } from "vitest";
import { KUBELET_SETTING_EVALUATORS } from "./evaluate-kubelet-settings";
import {
  hostnameOverrideEvaluator,
  kubeletCiphersEvaluator,
  kubeletServingCertificateEvaluator,
} from "./evaluate-kubelet-tls";
import { kubeProxyMetricsEvaluator } from "./evaluate-kube-proxy-metrics";
import { evaluate, FIXTURE_TIMEOUT_MS, statusesOf, warmFixtures } from "./testing/cis-fixtures";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const byId = (id: string) => {
  const evaluator = KUBELET_SETTING_EVALUATORS.find((candidate) => candidate.check.cis?.id === id);
  if (!evaluator) throw new Error(id);
  return evaluator;
};

describe("CIS 4.2 kubelet settings", () => {
  it("reads Talos' KubeletSpec configuration on every node (4.2.1–4.2.3 pass there)", async () => {
    for (const id of ["4.2.1", "4.2.2", "4.2.3"]) {
      const results = await evaluate(byId(id), "talos-hardened");
      expect(statusesOf(results)).toEqual(["PASS", "PASS", "PASS"]);
      expect(results[0]?.evidence[0]?.source).toMatch(/^talos\.nodes\[.+\]\.kubeletSpec\.config\./);
    }
  });

  it("lets a kubelet flag override the configuration, as the kubelet does", async () => {
    const results = await evaluate(byId("4.2.1"), "talos-hardened", {
      mutate: (snapshot) => {
        const spec = snapshot.talos?.nodes[2]?.kubeletSpec.data;
        if (spec) spec.flags["anonymous-auth"] = "true";
      },
    });
    expect(statusesOf(results)).toEqual(["PASS", "PASS", "FAIL"]);
    expect(results[2]?.evidence[0]).toMatchObject({ value: "true", note: "the flag overrides the configuration file" });
  });

  it("reads configz elsewhere, and falls back to configz on Talos when KubeletSpec is not readable", async () => {
    expect(statusesOf(await evaluate(byId("4.2.10"), "managed"))).toEqual(["PASS", "PASS"]);
    const results = await evaluate(byId("4.2.1"), "talos-hardened", {
      mutate: (snapshot) => {
        for (const node of snapshot.talos?.nodes ?? []) {
          node.kubeletSpec = {
            data: null,
            errors: [{ target: "talos:KubeletSpec", kind: "forbidden", message: "needs os:admin" }],
          };
        }
      },
    });
    expect(statusesOf(results)).toEqual(["PASS", "PASS", "PASS"]);
    expect(results[0]?.evidence[0]?.source).toMatch(/^kubernetes\.kubeletConfigs\[/);
  });

  it("is UNKNOWN for a node whose configuration could not be read", async () => {
    const results = await evaluate(byId("4.2.6"), "kubeadm-default", {
      mutate: (snapshot) => {
        const entry = snapshot.kubernetes.kubeletConfigs.data?.[1];
        if (entry)
          Object.assign(entry, {
            data: null,
            errors: [{ target: "configz", kind: "forbidden", message: "nodes/proxy is forbidden" }],
          });
      },
    });
    expect(statusesOf(results)).toEqual(["PASS", "UNKNOWN", "PASS"]);
  });

  it("uses the kubelet's default when a setting is unset, and FAILs an open read-only port even though 4.2.4 is Manual", async () => {
    const [unset] = await evaluate(byId("4.2.4"), "kubeadm-default");
    expect(unset).toMatchObject({
      status: "WARN",
      evidence: [{ value: null, note: expect.stringContaining("defaults to 0") }],
    });
    const open = await evaluate(byId("4.2.4"), "kubeadm-default", {
      mutate: (snapshot) => {
        for (const entry of snapshot.kubernetes.kubeletConfigs.data ?? [])
          if (entry.data) entry.data.readOnlyPort = 10255;
      },
    });
    expect(statusesOf(open)).toEqual(["FAIL", "FAIL", "FAIL"]);
  });

  it("fails rotateCertificates when unset (the kubelet defaults to false)", async () => {
    const results = await evaluate(byId("4.2.10"), "kubeadm-default", {
      mutate: (snapshot) => {
        for (const entry of snapshot.kubernetes.kubeletConfigs.data ?? [])
          if (entry.data) entry.data.rotateCertificates = null;
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL", "FAIL", "FAIL"]);
  });
});

describe("CIS 4.2.7, 4.2.9, 4.2.12", () => {
  it("accepts Talos' --hostname-override to the node's own name as WARN and fails a different name", async () => {
    expect(statusesOf(await evaluate(hostnameOverrideEvaluator, "talos-hardened"))).toEqual(["WARN", "WARN", "WARN"]);
    const renamed = await evaluate(hostnameOverrideEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const spec = snapshot.talos?.nodes[0]?.kubeletSpec.data;
        if (spec) spec.flags["hostname-override"] = "someone-else";
      },
    });
    expect(statusesOf(renamed)).toEqual(["FAIL", "WARN", "WARN"]);
  });

  it("reports the kubelet serving certificate for review", async () => {
    const [result] = await evaluate(kubeletServingCertificateEvaluator, "managed");
    expect(result).toMatchObject({ status: "WARN", message: expect.stringContaining("serverTLSBootstrap") });
  });

  it("fails weak kubelet cipher suites and accepts TLS 1.3 only", async () => {
    expect(statusesOf(await evaluate(kubeletCiphersEvaluator, "talos-hardened"))).toEqual(["WARN", "WARN", "WARN"]);
    const weak = await evaluate(kubeletCiphersEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        const entry = snapshot.kubernetes.kubeletConfigs.data?.[0];
        if (entry?.data) entry.data.tlsCipherSuites = ["TLS_RSA_WITH_3DES_EDE_CBC_SHA"];
      },
    });
    expect(weak[0]?.status).toBe("FAIL");
  });
});

describe("CIS 4.3.1 kube-proxy metrics", () => {
  it("is UNKNOWN when the address is in kube-proxy's config file (ConfigMap data is never read)", async () => {
    const [result] = await evaluate(kubeProxyMetricsEvaluator, "kubeadm-default");
    expect(result).toMatchObject({
      status: "UNKNOWN",
      subject: { kind: "object", apiKind: "DaemonSet", name: "kube-proxy" },
    });
  });

  it("judges an explicit --metrics-bind-address", async () => {
    const withAddress = (address: string) =>
      evaluate(kubeProxyMetricsEvaluator, "kubeadm-default", {
        mutate: (snapshot) => {
          const proxy = snapshot.kubernetes.workloads.data?.find((workload) => workload.name === "kube-proxy");
          proxy?.containers[0]?.command.push(`--metrics-bind-address=${address}`);
        },
      });
    expect(statusesOf(await withAddress("127.0.0.1:10249"))).toEqual(["PASS"]);
    expect(statusesOf(await withAddress("0.0.0.0:10249"))).toEqual(["FAIL"]);
  });

  it("is NOT_APPLICABLE without kube-proxy", async () => {
    const results = await evaluate(kubeProxyMetricsEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        const workloads = snapshot.kubernetes.workloads.data ?? [];
        snapshot.kubernetes.workloads.data = workloads.filter((workload) => workload.name !== "kube-proxy");
      },
    });
    expect(statusesOf(results)).toEqual(["NOT_APPLICABLE"]);
  });
});
