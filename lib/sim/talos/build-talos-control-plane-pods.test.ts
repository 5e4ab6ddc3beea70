import { describe, expect, it } from "vitest";
import { buildTalosControlPlanePods, type BuildTalosControlPlanePodsOptions } from "./build-talos-control-plane-pods";

const base: BuildTalosControlPlanePodsOptions = {
  talosVersion: "1.12.3",
  kubernetesVersion: "1.35.0",
  variant: "default",
  nodeName: "cp-1",
  nodeIp: "10.5.0.2",
};

function command(options: Partial<BuildTalosControlPlanePodsOptions>, component = "kube-apiserver"): string[] {
  const { staticPods } = buildTalosControlPlanePods({ ...base, ...options });
  const pod = staticPods.find((resource) => resource.id === component)?.spec as {
    spec: { containers: { command: string[] }[] };
  };
  return pod.spec.containers[0]?.command ?? [];
}

describe("kube-apiserver flags as Talos sets them", () => {
  it("uses --authorization-config instead of --authorization-mode (Talos 1.10+, Kubernetes 1.30+)", () => {
    const args = command({});
    expect(args).toContain("--authorization-config=/system/config/kubernetes/kube-apiserver/authorization-config.yaml");
    expect(args.some((arg) => arg.startsWith("--authorization-mode"))).toBe(false);
  });

  it("falls back to --authorization-mode=Node,RBAC when the user sets authorization-mode, or on Kubernetes 1.28", () => {
    expect(command({ drift: { apiServerExtraArgs: { "authorization-mode": "Webhook" } } })).toContain(
      "--authorization-mode=Node,RBAC,Webhook",
    );
    expect(command({ talosVersion: "1.10.0", kubernetesVersion: "1.28.9" })).toContain(
      "--authorization-mode=Node,RBAC",
    );
    expect(command({ talosVersion: "1.10.0", kubernetesVersion: "1.29.3" })).toContain(
      "--feature-gates=StructuredAuthorizationConfiguration=true",
    );
  });

  it("sets audit, encryption, profiling and admission flags in every version", () => {
    for (const talosVersion of ["1.10.0", "1.12.0", "1.14.0"]) {
      expect(command({ talosVersion })).toEqual(
        expect.arrayContaining([
          "--audit-policy-file=/system/config/kubernetes/kube-apiserver/auditpolicy.yaml",
          "--audit-log-path=/var/log/audit/kube/kube-apiserver.log",
          "--audit-log-maxage=30",
          "--audit-log-maxbackup=10",
          "--audit-log-maxsize=100",
          "--encryption-provider-config=/system/secrets/kubernetes/kube-apiserver/encryptionconfig.yaml",
          "--profiling=false",
          "--enable-admission-plugins=NodeRestriction",
          "--admission-control-config-file=/system/config/kubernetes/kube-apiserver/admission-control-config.yaml",
        ]),
      );
    }
  });

  it("is TLS 1.2 with cipher suites up to v1.13 and TLS 1.3 only from v1.14", () => {
    const v113 = command({ talosVersion: "1.13.0" });
    expect(v113).toContain("--tls-min-version=VersionTLS12");
    expect(v113.find((arg) => arg.startsWith("--tls-cipher-suites="))).toContain(
      "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    );
    const v114 = command({ talosVersion: "1.14.0", kubernetesVersion: "1.36.0" });
    expect(v114).toContain("--tls-min-version=VersionTLS13");
    expect(v114.some((arg) => arg.startsWith("--tls-cipher-suites"))).toBe(false);
  });

  it("replaces --anonymous-auth=false with a structured authentication config on v1.14", () => {
    expect(command({ talosVersion: "1.13.0" })).toContain("--anonymous-auth=false");
    const v114 = command({ talosVersion: "1.14.0", kubernetesVersion: "1.36.0" });
    expect(v114).toContain(
      "--authentication-config=/system/config/kubernetes/kube-apiserver/authentication-config.yaml",
    );
    expect(v114.some((arg) => arg.startsWith("--anonymous-auth"))).toBe(false);
  });

  it("renders flags sorted after the binary, and lets extra args override non-denied flags", () => {
    const args = command({ drift: { apiServerExtraArgs: { profiling: "true" } } });
    expect(args[0]).toBe("/usr/local/bin/kube-apiserver");
    expect(args.slice(1)).toEqual([...args.slice(1)].sort());
    expect(args).toContain("--profiling=true");
  });

  it("refuses extra args Talos does not allow to override", () => {
    expect(() => command({ drift: { apiServerExtraArgs: { "encryption-provider-config": "/tmp/x" } } })).toThrow(
      /not allowed/,
    );
  });
});

describe("controller-manager and scheduler", () => {
  it("bind to 127.0.0.1 with profiling off and TLS 1.3", () => {
    for (const component of ["kube-controller-manager", "kube-scheduler"]) {
      expect(command({}, component)).toEqual(
        expect.arrayContaining(["--bind-address=127.0.0.1", "--profiling=false", "--tls-min-version=VersionTLS13"]),
      );
    }
    expect(command({}, "kube-controller-manager")).toContain("--use-service-account-credentials");
  });
});

describe("both forms of the pods", () => {
  it("serves mirror pods named <pod>-<node> in kube-system with the same command as the StaticPod", () => {
    const { staticPods, mirrorPods } = buildTalosControlPlanePods({
      ...base,
      drift: { apiServerExtraArgs: { "anonymous-auth": "true" } },
    });
    expect(mirrorPods.map((pod) => pod.metadata.name)).toEqual([
      "kube-apiserver-cp-1",
      "kube-controller-manager-cp-1",
      "kube-scheduler-cp-1",
    ]);
    for (const [index, mirror] of mirrorPods.entries()) {
      const staticPod = staticPods[index]?.spec as { spec: { containers: { command: string[] }[] } };
      const mirrorSpec = mirror.spec as { containers: { command: string[] }[]; nodeName: string };
      expect(mirror.metadata.namespace).toBe("kube-system");
      expect(mirrorSpec.containers[0]?.command).toEqual(staticPod.spec.containers[0]?.command);
      expect(mirrorSpec.nodeName).toBe("cp-1");
      expect(mirror.metadata.annotations?.["kubernetes.io/config.mirror"]).toMatch(/^[0-9a-f]{32}$/);
      expect(mirror.metadata.annotations?.["kubernetes.io/config.source"]).toBe("http");
      expect(mirror.metadata.labels).toMatchObject({ tier: "control-plane", "app.kubernetes.io/managed-by": "Talos" });
      expect(mirror.metadata.ownerReferences?.[0]).toMatchObject({ kind: "Node", name: "cp-1" });
    }
    expect((mirrorPods[0]?.spec as { containers: { command: string[] }[] }).containers[0]?.command).toContain(
      "--anonymous-auth=true",
    );
  });

  it("runs the components as their non-root UIDs, read-only root filesystem from v1.14", () => {
    const pod = (version: string, id: string) =>
      buildTalosControlPlanePods({ ...base, talosVersion: version, kubernetesVersion: "1.36.0" }).staticPods.find(
        (resource) => resource.id === id,
      )?.spec as {
        spec: { securityContext: { runAsUser: number }; containers: { securityContext: Record<string, unknown> }[] };
      };
    expect(pod("1.13.0", "kube-apiserver").spec.securityContext.runAsUser).toBe(65534);
    expect(pod("1.13.0", "kube-scheduler").spec.securityContext.runAsUser).toBe(65536);
    expect(pod("1.13.0", "kube-apiserver").spec.containers[0]?.securityContext.readOnlyRootFilesystem).toBeUndefined();
    expect(pod("1.14.0", "kube-apiserver").spec.containers[0]?.securityContext.readOnlyRootFilesystem).toBe(true);
  });
});
