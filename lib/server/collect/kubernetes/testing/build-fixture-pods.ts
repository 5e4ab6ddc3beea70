import type { KubeObject } from "@/lib/sim/model";
import { meta } from "./fixture-meta";

const DIGEST = `sha256:${"a".repeat(64)}`;

/** A hardened pod, a risky one, and control-plane pods as Talos (mirror, http) and kubeadm lay them out. */
export function buildFixturePods(): KubeObject[] {
  return [
    pod(
      meta("web-0", "shop", { app: "web" }),
      {
        nodeName: "worker-1",
        serviceAccountName: "default",
        securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
        containers: [
          {
            name: "web",
            image: `registry.example/web@${DIGEST}`,
            securityContext: {
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              capabilities: { drop: ["ALL"] },
            },
          },
        ],
        volumes: [{ name: "cache", emptyDir: {} }],
      },
      {
        ownerReferences: [
          { apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-7d9f", uid: "u-1", controller: true },
        ],
      },
    ),
    pod(
      {
        ...meta("debug", "shop"),
        annotations: { "container.apparmor.security.beta.kubernetes.io/shell": "unconfined" },
      },
      {
        nodeName: "worker-2",
        hostNetwork: true,
        hostPID: true,
        hostIPC: true,
        securityContext: {
          seccompProfile: { type: "Unconfined" },
          sysctls: [{ name: "kernel.msgmax", value: "65536" }],
        },
        containers: [
          {
            name: "shell",
            image: "busybox:1.36",
            ports: [{ containerPort: 8080, hostPort: 8080 }],
            securityContext: {
              privileged: true,
              runAsUser: 0,
              capabilities: { add: ["NET_ADMIN", "SYS_ADMIN"] },
              procMount: "Unmasked",
            },
            livenessProbe: { httpGet: { host: "10.0.0.1", path: "/", port: 80 } },
          },
        ],
        initContainers: [{ name: "setup", image: "busybox:1.36", securityContext: { allowPrivilegeEscalation: true } }],
        ephemeralContainers: [{ name: "debugger", image: "nicolaka/netshoot" }],
        volumes: [
          { name: "docker", hostPath: { path: "/var/run/docker.sock", type: "Socket" } },
          { name: "token", projected: { sources: [] } },
        ],
      },
    ),
    pod(
      {
        ...meta("kube-apiserver-cp-1", "kube-system", { "k8s-app": "kube-apiserver", tier: "control-plane" }),
        annotations: { "kubernetes.io/config.mirror": "abc", "kubernetes.io/config.source": "http" },
      },
      {
        nodeName: "cp-1",
        hostNetwork: true,
        containers: [
          {
            name: "kube-apiserver",
            image: "registry.k8s.io/kube-apiserver:v1.33.4",
            command: [
              "/usr/local/bin/kube-apiserver",
              "--anonymous-auth=false",
              "--authorization-config=/system/config/kubernetes/kube-apiserver/authorization-config.yaml",
              "--enable-admission-plugins=NodeRestriction",
              "--profiling=false",
              "--audit-log-path=/var/log/audit/kube/kube-apiserver.log",
              "--tls-min-version=VersionTLS13",
              "--api-audiences=https://10.5.0.2:6443",
              "--api-audiences=talos",
              "--allow-privileged",
            ],
          },
        ],
      },
    ),
    pod(
      {
        ...meta("kube-scheduler-cp-1", "kube-system", { component: "kube-scheduler", tier: "control-plane" }),
        annotations: { "kubernetes.io/config.mirror": "def", "kubernetes.io/config.source": "file" },
      },
      {
        nodeName: "cp-1",
        containers: [
          {
            name: "kube-scheduler",
            image: "registry.k8s.io/kube-scheduler:v1.33.4",
            command: ["kube-scheduler"],
            args: ["--bind-address", "127.0.0.1", "--profiling=false", "--leader-elect"],
          },
        ],
      },
    ),
    pod(meta("coredns-1", "kube-system", { "k8s-app": "kube-dns" }), {
      nodeName: "cp-1",
      containers: [
        { name: "coredns", image: "registry.k8s.io/coredns/coredns:v1.12.0", args: ["-conf", "/etc/coredns/Corefile"] },
      ],
    }),
  ];
}

function pod(
  metadata: KubeObject["metadata"],
  spec: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { ...metadata, ...extra },
    spec,
    status: { phase: "Running" },
  };
}
