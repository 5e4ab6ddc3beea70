import { describe, expect, it } from "vitest";
import { buildKubeletConfigz } from "./build-kubelet-configz";

const base = { kubeletConfig: {}, managedFlavor: "eks" as const };

describe("buildKubeletConfigz", () => {
  it("kubeadm default: anonymous auth off, Webhook authorization, no read-only port, kernel defaults not protected", () => {
    const config = buildKubeletConfigz({ spec: { ...base, profile: "kubeadm-default" } });
    expect(config.authentication).toMatchObject({
      anonymous: { enabled: false },
      x509: { clientCAFile: "/etc/kubernetes/pki/ca.crt" },
    });
    expect(config.authorization).toMatchObject({ mode: "Webhook" });
    expect(config.readOnlyPort).toBeUndefined();
    expect(config.protectKernelDefaults).toBeUndefined();
    expect(config.rotateCertificates).toBe(true);
    expect(config.streamingConnectionIdleTimeout).toBe("4h0m0s");
  });

  it("kubeadm hardened: protects kernel defaults, short streaming timeout, server TLS bootstrap", () => {
    const config = buildKubeletConfigz({ spec: { ...base, profile: "kubeadm-hardened" } });
    expect([config.protectKernelDefaults, config.streamingConnectionIdleTimeout, config.serverTLSBootstrap]).toEqual([
      true,
      "5m0s",
      true,
    ]);
  });

  it("managed GKE keeps the read-only port open", () => {
    expect(buildKubeletConfigz({ spec: { ...base, profile: "managed", managedFlavor: "gke" } }).readOnlyPort).toBe(
      10255,
    );
  });

  it("Talos: the KubeletSpec configuration over the kubelet defaults, and the scenario's overrides last", () => {
    const config = buildKubeletConfigz({
      spec: { ...base, profile: "talos-hardened", kubeletConfig: { readOnlyPort: 10255 } },
      talosConfig: {
        apiVersion: "kubelet.config.k8s.io/v1beta1",
        kind: "KubeletConfiguration",
        protectKernelDefaults: true,
        tlsMinVersion: "VersionTLS13",
        streamingConnectionIdleTimeout: "5m0s",
      },
    });
    expect(config).toMatchObject({
      protectKernelDefaults: true,
      tlsMinVersion: "VersionTLS13",
      streamingConnectionIdleTimeout: "5m0s",
      readOnlyPort: 10255,
      port: 10250,
    });
    expect(config.kind).toBeUndefined();
  });
});
