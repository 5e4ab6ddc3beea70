import { describe, expect, it } from "vitest";
import { mapControlPlanePod } from "./map-control-plane-pod";

const pod = (metadata: Record<string, unknown>, containers: Record<string, unknown>[]) => ({
  metadata: { name: "p", namespace: "kube-system", ...metadata },
  spec: { nodeName: "cp-1", containers },
});

describe("mapControlPlanePod", () => {
  it("recognises a component by label or by its binary, and reads command then args", () => {
    const byLabel = mapControlPlanePod(
      pod({ labels: { component: "etcd" } }, [{ name: "etcd", command: ["etcd"], args: ["--client-cert-auth=true"] }]),
    );
    expect(byLabel).toMatchObject({ ok: true, value: { component: "etcd", flags: { "client-cert-auth": "true" } } });
    const byBinary = mapControlPlanePod(
      pod({}, [
        { name: "sidecar", command: ["pause"] },
        { name: "main", command: ["/usr/local/bin/kube-controller-manager", "--profiling=false"] },
      ]),
    );
    expect(byBinary).toMatchObject({
      ok: true,
      value: { component: "kube-controller-manager", flags: { profiling: "false" } },
    });
  });

  it("ignores other pods and other namespaces", () => {
    expect(mapControlPlanePod(pod({ labels: { "k8s-app": "kube-dns" } }, [{ name: "coredns" }]))).toEqual({
      ok: true,
      value: null,
    });
    expect(mapControlPlanePod({ metadata: { name: "kube-apiserver", namespace: "default" } })).toEqual({
      ok: true,
      value: null,
    });
  });

  it("fails on a malformed command rather than guessing", () => {
    expect(
      mapControlPlanePod(
        pod({ labels: { component: "kube-apiserver" } }, [{ name: "a", command: "kube-apiserver --x" }]),
      ),
    ).toMatchObject({
      ok: false,
    });
  });
});
