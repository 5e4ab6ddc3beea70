import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import {
  evaluate,
  FIXTURE_TIMEOUT_MS,
  mirrorPodFlags,
  staticPodFlags,
  statusesOf,
  warmFixtures,
} from "./testing/cis-fixtures";
import { anonymousAuthEvaluator } from "./evaluate-anonymous-auth";
import { apiServerCiphersEvaluator } from "./evaluate-apiserver-ciphers";
import {
  authorizationNodeEvaluator,
  authorizationNotAlwaysAllowEvaluator,
  authorizationRbacEvaluator,
} from "./evaluate-authorization-mode";
import { encryptionProvidersEvaluator } from "./evaluate-encryption-providers";
import { kubeletCertificateAuthorityEvaluator } from "./evaluate-kubelet-certificate-authority";

beforeAll(() => warmFixtures(["os:reader", "os:admin"]), FIXTURE_TIMEOUT_MS);

describe("CIS 1.2.1 anonymous auth (Manual)", () => {
  it("fails the kubeadm default, where the flag is absent and defaults to true", async () => {
    const [result] = await evaluate(anonymousAuthEvaluator, "kubeadm-default");
    expect(result).toMatchObject({
      status: "FAIL",
      evidence: [{ value: null, note: "unset: the API server defaults to true" }],
    });
  });

  it("is WARN, never PASS, when the flag is false (a Manual check)", async () => {
    expect(statusesOf(await evaluate(anonymousAuthEvaluator, "talos-hardened"))).toEqual(["WARN"]);
  });

  it("asks for review when a structured authentication config replaces the flag (Talos 1.14)", async () => {
    const [result] = await evaluate(anonymousAuthEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const flags = staticPodFlags(snapshot, "kube-apiserver");
        delete flags["anonymous-auth"];
        flags["authentication-config"] = "/system/config/kubernetes/kube-apiserver/authentication-config.yaml";
      },
    });
    expect(result?.status).toBe("WARN");
    expect(result?.message).toContain("structured authentication config");
  });
});

describe("CIS 1.2.5 kubelet certificate authority", () => {
  it("reports the Talos default as the real gap it is: FAIL with the explanation as evidence", async () => {
    const [result] = await evaluate(kubeletCertificateAuthorityEvaluator, "talos-hardened");
    expect(result?.status).toBe("FAIL");
    expect(result?.evidence[0]?.note).toMatch(/Talos never sets --kubelet-certificate-authority.*gap is real/);
  });

  it("passes once the flag is added through extraArgs, and on hardened kubeadm", async () => {
    const talos = await evaluate(kubeletCertificateAuthorityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        staticPodFlags(snapshot, "kube-apiserver")["kubelet-certificate-authority"] =
          "/system/secrets/kubernetes/kube-apiserver/ca.crt";
      },
    });
    expect(statusesOf(talos)).toEqual(["PASS"]);
    expect(statusesOf(await evaluate(kubeletCertificateAuthorityEvaluator, "kubeadm-hardened"))).toEqual(["PASS"]);
  });
});

describe("CIS 1.2.6–1.2.8 authorizers", () => {
  it("reads --authorization-mode on kubeadm", async () => {
    for (const evaluator of [
      authorizationNotAlwaysAllowEvaluator,
      authorizationNodeEvaluator,
      authorizationRbacEvaluator,
    ]) {
      expect(statusesOf(await evaluate(evaluator, "kubeadm-default"))).toEqual(["PASS"]);
    }
    const alwaysAllow = await evaluate(authorizationNotAlwaysAllowEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        mirrorPodFlags(snapshot, "kube-apiserver")["authorization-mode"] = "AlwaysAllow";
      },
    });
    expect(statusesOf(alwaysAllow)).toEqual(["FAIL"]);
  });

  it("fails everything when neither flag is given (the API server then allows all)", async () => {
    const mutate = (snapshot: StoredSnapshot) => {
      delete mirrorPodFlags(snapshot, "kube-apiserver")["authorization-mode"];
    };
    expect(statusesOf(await evaluate(authorizationNotAlwaysAllowEvaluator, "kubeadm-default", { mutate }))).toEqual([
      "FAIL",
    ]);
    expect(statusesOf(await evaluate(authorizationRbacEvaluator, "kubeadm-default", { mutate }))).toEqual(["FAIL"]);
  });

  it("passes Node and RBAC on Talos from --authorization-config, which Talos always fills with both", async () => {
    const [node] = await evaluate(authorizationNodeEvaluator, "talos-hardened");
    expect(node?.status).toBe("PASS");
    expect(node?.evidence.map((item) => item.source)).toEqual(
      expect.arrayContaining([expect.stringMatching(/staticPods\[kube-apiserver\]\.flags\.authorization-config$/)]),
    );
    expect(statusesOf(await evaluate(authorizationRbacEvaluator, "talos-hardened"))).toEqual(["PASS"]);
  });

  it("leaves AlwaysAllow UNKNOWN for os:reader (extra authorizers sit in the machine config) and PASSes with os:admin", async () => {
    const [reader] = await evaluate(authorizationNotAlwaysAllowEvaluator, "talos-hardened");
    expect(reader?.status).toBe("UNKNOWN");
    expect(reader?.message).toContain("needs os:admin");
    expect(
      statusesOf(await evaluate(authorizationNotAlwaysAllowEvaluator, "talos-hardened", { talosRole: "os:admin" })),
    ).toEqual(["PASS"]);
  });

  it("fails an AlwaysAllow authorizer added in the Talos machine config", async () => {
    const results = await evaluate(authorizationNotAlwaysAllowEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        const document = snapshot.talos?.nodes[0]?.machineConfig.data?.documents.find((doc) => doc.kind === "v1alpha1");
        const cluster = document?.content.cluster as { apiServer: Record<string, unknown> };
        cluster.apiServer.authorizationConfig = [{ type: "AlwaysAllow", name: "everyone" }];
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
  });
});

describe("CIS 1.2.28 encryption providers (Manual)", () => {
  it("fails when no encryption config is passed at all", async () => {
    expect(statusesOf(await evaluate(encryptionProvidersEvaluator, "kubeadm-default"))).toEqual(["FAIL"]);
  });

  it("reads secretbox from the Talos machine config with os:admin, and asks for review without it", async () => {
    const [admin] = await evaluate(encryptionProvidersEvaluator, "talos-hardened", { talosRole: "os:admin" });
    expect(admin?.status).toBe("WARN");
    expect(admin?.message).toContain("secretbox first");
    const [reader] = await evaluate(encryptionProvidersEvaluator, "talos-hardened");
    expect(reader?.message).toContain("need os:admin");
  });

  it("fails identity first in Talos' EtcdEncryptionConfig", async () => {
    const results = await evaluate(encryptionProvidersEvaluator, "talos-hardened", {
      talosRole: "os:admin",
      mutate: (snapshot) => {
        const node = snapshot.talos?.nodes[0];
        if (node)
          node.etcdEncryption = {
            data: {
              resources: [{ resources: ["secrets"], providers: ["identity", "secretbox"] }],
              configuration: null,
            },
            errors: [],
            isApplicable: true,
          };
      },
    });
    expect(statusesOf(results)).toEqual(["FAIL"]);
  });
});

describe("CIS 1.2.29 API server ciphers (Manual)", () => {
  it("accepts Talos' strong list and TLS 1.3 only as WARN for confirmation", async () => {
    expect(statusesOf(await evaluate(apiServerCiphersEvaluator, "talos-hardened"))).toEqual(["WARN"]);
    const tls13 = await evaluate(apiServerCiphersEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const flags = staticPodFlags(snapshot, "kube-apiserver");
        delete flags["tls-cipher-suites"];
        flags["tls-min-version"] = "VersionTLS13";
      },
    });
    expect(tls13[0]?.message).toContain("TLS 1.3 only");
  });

  it("fails a weak suite", async () => {
    const results = await evaluate(apiServerCiphersEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        mirrorPodFlags(snapshot, "kube-apiserver")["tls-cipher-suites"] =
          "TLS_RSA_WITH_RC4_128_SHA,TLS_AES_128_GCM_SHA256";
      },
    });
    expect(results[0]).toMatchObject({ status: "FAIL", message: expect.stringContaining("TLS_RSA_WITH_RC4_128_SHA") });
  });
});

describe("missing data: 1.2.1, 1.2.5, 1.2.28 and 1.2.29 never conclude from what was not read", () => {
  const evaluators = [
    ["1.2.1", anonymousAuthEvaluator],
    ["1.2.5", kubeletCertificateAuthorityEvaluator],
    ["1.2.28", encryptionProvidersEvaluator],
    ["1.2.29", apiServerCiphersEvaluator],
  ] as const;
  const forbidden = { target: "kubernetes:pods/kube-system", kind: "forbidden", message: "pods is forbidden" } as const;

  it.each(evaluators)(
    "%s is UNKNOWN with the error when the kubeadm mirror pods could not be read",
    async (_, evaluator) => {
      const results = await evaluate(evaluator, "kubeadm-default", {
        mutate: (snapshot) => {
          snapshot.kubernetes.controlPlanePods = { data: null, errors: [forbidden] };
        },
      });
      expect(statusesOf(results)).toEqual(["UNKNOWN"]);
      expect(results[0]?.evidence).toEqual([
        { source: "kubernetes:pods/kube-system", value: null, note: "forbidden: pods is forbidden" },
      ]);
    },
  );

  it.each(evaluators)("%s is UNKNOWN when no Talos node's StaticPods could be read", async (_, evaluator) => {
    const results = await evaluate(evaluator, "talos-hardened", { mutate: hideStaticPods });
    expect(statusesOf(results)).toEqual(["UNKNOWN"]);
    expect(results[0]?.message).toBe("The Talos StaticPod resources could not be read.");
    expect(results[0]?.evidence[0]?.note).toBe("timeout: StaticPodStatus timed out");
  });

  it.each(evaluators)("%s adds an UNKNOWN for the cluster when some mirror pods are missing", async (_, evaluator) => {
    const results = await evaluate(evaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.controlPlanePods.errors = [
          { target: "kubernetes:pods", kind: "timeout", message: "page 2 timed out" },
        ];
      },
    });
    expect(statusesOf(results).at(-1)).toBe("UNKNOWN");
    expect(results.at(-1)?.subject).toEqual({ kind: "cluster" });
  });
});

/** Every Talos node's StaticPod read failed (a timeout), so no instance of any component is known. */
function hideStaticPods(snapshot: StoredSnapshot): void {
  for (const node of snapshot.talos?.nodes ?? []) {
    if (!node.staticPods.isApplicable) continue;
    node.staticPods = {
      data: null,
      errors: [
        { target: `talos:node/${node.node}:StaticPodStatus`, kind: "timeout", message: "StaticPodStatus timed out" },
      ],
      isApplicable: true,
    };
  }
}
