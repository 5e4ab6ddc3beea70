import { describe, expect, it } from "vitest";
import { mapPod } from "./map-pod";

const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) => ({
  metadata: { name: "p", namespace: "ns", ...metadata },
  spec,
});

describe("mapPod", () => {
  it("defaults unset fields to null, host namespaces to false", () => {
    const result = mapPod(pod({ containers: [{ name: "c" }] }));
    expect(result).toMatchObject({
      ok: true,
      value: {
        hostNetwork: false,
        hostPID: false,
        hostIPC: false,
        hostUsers: null,
        owner: null,
        nodeName: null,
        securityContext: { runAsNonRoot: null, seccompProfile: null, sysctls: [], supplementalGroups: [] },
        containers: [
          {
            kind: "container",
            name: "c",
            image: null,
            privileged: null,
            capabilitiesAdd: [],
            hostPorts: [],
            probeHosts: [],
          },
        ],
        volumes: [],
        isMirror: false,
        phase: null,
      },
    });
  });

  it("fails the pod on a wrongly typed security field instead of reading it as unset", () => {
    const result = mapPod(pod({ containers: [{ name: "c", securityContext: { privileged: "yes" } }] }));
    expect(result).toEqual({
      ok: false,
      message: "p: spec.containers.0.securityContext.privileged: Invalid input: expected boolean, received string",
    });
    expect(mapPod({ metadata: { name: "q" }, spec: "x" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^q: spec:/),
    });
    expect(mapPod(null)).toMatchObject({ ok: false });
    expect(mapPod([])).toMatchObject({ ok: false });
  });

  it("reads the controller owner, volume types, host paths and a mirror pod", () => {
    const result = mapPod(
      pod(
        {
          containers: [],
          volumes: [
            { name: "a", hostPath: { path: "/etc" } },
            { name: "b", persistentVolumeClaim: { claimName: "x" } },
            { name: "c" },
          ],
        },
        {
          annotations: { "kubernetes.io/config.mirror": "h" },
          ownerReferences: [
            { kind: "Node", name: "n1" },
            { kind: "ReplicaSet", name: "rs", controller: true },
          ],
        },
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        owner: { kind: "ReplicaSet", name: "rs" },
        isMirror: true,
        volumes: [
          { name: "a", type: "hostPath", hostPath: { path: "/etc", type: null } },
          { name: "b", type: "persistentVolumeClaim", hostPath: null },
          { name: "c", type: "unknown", hostPath: null },
        ],
      },
    });
  });

  it("recognises digests, host ports and hosts of probes and lifecycle handlers", () => {
    const digest = `registry/app@sha256:${"0".repeat(64)}`;
    const result = mapPod(
      pod({
        containers: [
          {
            name: "c",
            image: digest,
            ports: [{ containerPort: 80 }, { hostPort: 0 }, { hostPort: 443 }],
            readinessProbe: { tcpSocket: { host: "" } },
            lifecycle: { preStop: { httpGet: { host: "169.254.169.254" } } },
          },
        ],
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { containers: [{ hasImageDigest: true, hostPorts: [443], probeHosts: ["169.254.169.254"] }] },
    });
  });
});
