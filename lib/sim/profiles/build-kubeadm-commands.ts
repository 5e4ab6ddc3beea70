// The command lines `kubeadm init` writes into /etc/kubernetes/manifests (cmd/kubeadm/app/phases/
// controlplane/manifests.go), and what a CIS-hardened kubeadm cluster adds through
// ClusterConfiguration extraArgs. Flags a binary defaults are absent, as in a real manifest:
// a default cluster shows no --anonymous-auth (default true), no --profiling (default true), no
// audit or encryption flags.

export interface KubeadmCommandOptions {
  nodeName: string;
  nodeIp: string;
  isHardened: boolean;
  /** Scenario `apiServerFlags`: a value sets the flag, null removes it. */
  apiServerFlags?: Record<string, string | null>;
}

const PKI = "/etc/kubernetes/pki";

export function buildKubeadmApiServerCommand({
  nodeIp,
  isHardened,
  apiServerFlags = {},
}: KubeadmCommandOptions): string[] {
  const flags = new Map<string, string>([
    ["--advertise-address", nodeIp],
    ["--allow-privileged", "true"],
    ["--authorization-mode", "Node,RBAC"],
    ["--client-ca-file", `${PKI}/ca.crt`],
    ["--enable-admission-plugins", "NodeRestriction"],
    ["--enable-bootstrap-token-auth", "true"],
    ["--etcd-cafile", `${PKI}/etcd/ca.crt`],
    ["--etcd-certfile", `${PKI}/apiserver-etcd-client.crt`],
    ["--etcd-keyfile", `${PKI}/apiserver-etcd-client.key`],
    ["--etcd-servers", "https://127.0.0.1:2379"],
    ["--kubelet-client-certificate", `${PKI}/apiserver-kubelet-client.crt`],
    ["--kubelet-client-key", `${PKI}/apiserver-kubelet-client.key`],
    ["--kubelet-preferred-address-types", "InternalIP,ExternalIP,Hostname"],
    ["--proxy-client-cert-file", `${PKI}/front-proxy-client.crt`],
    ["--proxy-client-key-file", `${PKI}/front-proxy-client.key`],
    ["--requestheader-allowed-names", "front-proxy-client"],
    ["--requestheader-client-ca-file", `${PKI}/front-proxy-ca.crt`],
    ["--requestheader-extra-headers-prefix", "X-Remote-Extra-"],
    ["--requestheader-group-headers", "X-Remote-Group"],
    ["--requestheader-username-headers", "X-Remote-User"],
    ["--secure-port", "6443"],
    ["--service-account-issuer", "https://kubernetes.default.svc.cluster.local"],
    ["--service-account-key-file", `${PKI}/sa.pub`],
    ["--service-account-signing-key-file", `${PKI}/sa.key`],
    ["--service-cluster-ip-range", "10.96.0.0/12"],
    ["--tls-cert-file", `${PKI}/apiserver.crt`],
    ["--tls-private-key-file", `${PKI}/apiserver.key`],
  ]);
  if (isHardened) {
    for (const [flag, value] of [
      ["--admission-control-config-file", "/etc/kubernetes/admission/admission-config.yaml"],
      ["--anonymous-auth", "false"],
      ["--audit-log-maxage", "30"],
      ["--audit-log-maxbackup", "10"],
      ["--audit-log-maxsize", "100"],
      ["--audit-log-path", "/var/log/kubernetes/audit/audit.log"],
      ["--audit-policy-file", "/etc/kubernetes/audit/audit-policy.yaml"],
      ["--encryption-provider-config", "/etc/kubernetes/encryption/encryption-config.yaml"],
      ["--kubelet-certificate-authority", `${PKI}/ca.crt`],
      ["--profiling", "false"],
      ["--service-account-lookup", "true"],
      [
        "--tls-cipher-suites",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305",
      ],
      ["--tls-min-version", "VersionTLS12"],
    ] as const) {
      flags.set(flag, value);
    }
  }
  for (const [flag, value] of Object.entries(apiServerFlags)) {
    if (value === null) flags.delete(flag);
    else flags.set(flag, value);
  }
  return [
    "kube-apiserver",
    ...[...flags.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([flag, value]) => `${flag}=${value}`),
  ];
}

export function buildKubeadmControllerManagerCommand({ isHardened }: KubeadmCommandOptions): string[] {
  const flags = [
    "--allocate-node-cidrs=true",
    "--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf",
    "--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf",
    "--bind-address=127.0.0.1",
    `--client-ca-file=${PKI}/ca.crt`,
    "--cluster-cidr=10.244.0.0/16",
    "--cluster-name=kubernetes",
    `--cluster-signing-cert-file=${PKI}/ca.crt`,
    `--cluster-signing-key-file=${PKI}/ca.key`,
    "--controllers=*,bootstrapsigner,tokencleaner",
    "--kubeconfig=/etc/kubernetes/controller-manager.conf",
    "--leader-elect=true",
    `--requestheader-client-ca-file=${PKI}/front-proxy-ca.crt`,
    `--root-ca-file=${PKI}/ca.crt`,
    `--service-account-private-key-file=${PKI}/sa.key`,
    "--service-cluster-ip-range=10.96.0.0/12",
    "--use-service-account-credentials=true",
    ...(isHardened
      ? ["--profiling=false", "--terminated-pod-gc-threshold=10", "--feature-gates=RotateKubeletServerCertificate=true"]
      : []),
  ];
  return ["kube-controller-manager", ...flags.sort()];
}

export function buildKubeadmSchedulerCommand({ isHardened }: KubeadmCommandOptions): string[] {
  const flags = [
    "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf",
    "--authorization-kubeconfig=/etc/kubernetes/scheduler.conf",
    "--bind-address=127.0.0.1",
    "--kubeconfig=/etc/kubernetes/scheduler.conf",
    "--leader-elect=true",
    ...(isHardened ? ["--profiling=false"] : []),
  ];
  return ["kube-scheduler", ...flags.sort()];
}

export function buildKubeadmEtcdCommand({ nodeName, nodeIp }: KubeadmCommandOptions): string[] {
  return [
    "etcd",
    `--advertise-client-urls=https://${nodeIp}:2379`,
    `--cert-file=${PKI}/etcd/server.crt`,
    "--client-cert-auth=true",
    "--data-dir=/var/lib/etcd",
    "--experimental-initial-corrupt-check=true",
    "--experimental-watch-progress-notify-interval=5s",
    `--initial-advertise-peer-urls=https://${nodeIp}:2380`,
    `--initial-cluster=${nodeName}=https://${nodeIp}:2380`,
    `--key-file=${PKI}/etcd/server.key`,
    `--listen-client-urls=https://127.0.0.1:2379,https://${nodeIp}:2379`,
    "--listen-metrics-urls=http://127.0.0.1:2381",
    `--listen-peer-urls=https://${nodeIp}:2380`,
    `--name=${nodeName}`,
    `--peer-cert-file=${PKI}/etcd/peer.crt`,
    "--peer-client-cert-auth=true",
    `--peer-key-file=${PKI}/etcd/peer.key`,
    `--peer-trusted-ca-file=${PKI}/etcd/ca.crt`,
    "--snapshot-count=10000",
    `--trusted-ca-file=${PKI}/etcd/ca.crt`,
  ];
}
