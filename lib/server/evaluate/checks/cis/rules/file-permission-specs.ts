import {
  cniEvidence,
  kubeletClientCaEvidence,
  kubeletFlagEvidence,
  kubeProxyEvidence,
  serviceEvidence,
  staticPodEvidence,
  staticPodUrlEvidence,
  type MachineEvidence,
} from "../support/talos-file-evidence";

/** A CIS file mode/ownership check and what answers it on Talos (reference catalog §1.3). */
export interface FileCheckSpec {
  cisId: string;
  /** The file CIS (kube-bench) inspects on a kubeadm node. */
  path: string;
  nodes: "control-plane" | "all";
  /** The Talos design fact that answers the check: where the file is, its mode and owner, or why none exists. */
  talosFact: string;
  /** Talos' file as a value for the evidence: path, mode, owner, or "absent". */
  talosFile: string | { path: string; mode?: string; owner?: string };
  talosEvidence: MachineEvidence[];
}

const SECRETS = "/system/secrets/kubernetes";
const NO_SPEC_FILE =
  "no pod spec file exists: machined holds the spec as a StaticPod resource and serves it to the kubelet over loopback HTTP (staticPodURL)";
const NO_ETCD_FILE = "no etcd pod spec file exists: etcd is a machined service, not a static pod";
const NO_ADMIN =
  "no admin kubeconfig exists on Talos nodes: `talosctl kubeconfig` mints one through the mTLS Talos API on request";
const NO_UNIT =
  "no kubelet service file exists: Talos has no systemd, the kubelet is a machined service defined in the immutable image";
const KUBE_PROXY = "kube-proxy runs as a DaemonSet: its kubeconfig is mounted into the container, not kept on the host";
const CNI =
  "CNI configuration in /etc/cni/net.d is written by the CNI DaemonSet, not by Talos: check it with `talosctl ls -l /etc/cni/net.d`";

const apiServerPod = [staticPodEvidence("kube-apiserver"), staticPodUrlEvidence];

// prettier-ignore
export const FILE_PERMISSION_CHECKS: FileCheckSpec[] = [
  { cisId: "1.1.1", path: "/etc/kubernetes/manifests/kube-apiserver.yaml", nodes: "control-plane", talosFact: NO_SPEC_FILE, talosFile: "absent", talosEvidence: apiServerPod },
  { cisId: "1.1.2", path: "/etc/kubernetes/manifests/kube-apiserver.yaml", nodes: "control-plane", talosFact: NO_SPEC_FILE, talosFile: "absent", talosEvidence: apiServerPod },
  { cisId: "1.1.3", path: "/etc/kubernetes/manifests/kube-controller-manager.yaml", nodes: "control-plane", talosFact: NO_SPEC_FILE, talosFile: "absent", talosEvidence: [staticPodEvidence("kube-controller-manager"), staticPodUrlEvidence] },
  { cisId: "1.1.4", path: "/etc/kubernetes/manifests/kube-controller-manager.yaml", nodes: "control-plane", talosFact: NO_SPEC_FILE, talosFile: "absent", talosEvidence: [staticPodEvidence("kube-controller-manager"), staticPodUrlEvidence] },
  { cisId: "1.1.5", path: "/etc/kubernetes/manifests/kube-scheduler.yaml", nodes: "control-plane", talosFact: NO_SPEC_FILE, talosFile: "absent", talosEvidence: [staticPodEvidence("kube-scheduler"), staticPodUrlEvidence] },
  { cisId: "1.1.6", path: "/etc/kubernetes/manifests/kube-scheduler.yaml", nodes: "control-plane", talosFact: NO_SPEC_FILE, talosFile: "absent", talosEvidence: [staticPodEvidence("kube-scheduler"), staticPodUrlEvidence] },
  { cisId: "1.1.7", path: "/etc/kubernetes/manifests/etcd.yaml", nodes: "control-plane", talosFact: NO_ETCD_FILE, talosFile: "absent", talosEvidence: [serviceEvidence("etcd")] },
  { cisId: "1.1.8", path: "/etc/kubernetes/manifests/etcd.yaml", nodes: "control-plane", talosFact: NO_ETCD_FILE, talosFile: "absent", talosEvidence: [serviceEvidence("etcd")] },
  { cisId: "1.1.9", path: "/etc/cni/net.d/*", nodes: "control-plane", talosFact: CNI, talosFile: "/etc/cni/net.d (written by the CNI)", talosEvidence: [cniEvidence] },
  { cisId: "1.1.10", path: "/etc/cni/net.d/*", nodes: "control-plane", talosFact: CNI, talosFile: "/etc/cni/net.d (written by the CNI)", talosEvidence: [cniEvidence] },
  { cisId: "1.1.11", path: "/var/lib/etcd", nodes: "control-plane", talosFact: "Talos creates the etcd data directory /var/lib/etcd with mode 0700", talosFile: { path: "/var/lib/etcd", mode: "0700" }, talosEvidence: [serviceEvidence("etcd")] },
  { cisId: "1.1.12", path: "/var/lib/etcd", nodes: "control-plane", talosFact: "Talos creates /var/lib/etcd owned by the etcd user (UID/GID 60), which runs etcd", talosFile: { path: "/var/lib/etcd", owner: "60:60 (etcd)" }, talosEvidence: [serviceEvidence("etcd")] },
  { cisId: "1.1.13", path: "/etc/kubernetes/admin.conf", nodes: "control-plane", talosFact: NO_ADMIN, talosFile: "absent", talosEvidence: [] },
  { cisId: "1.1.14", path: "/etc/kubernetes/admin.conf", nodes: "control-plane", talosFact: NO_ADMIN, talosFile: "absent", talosEvidence: [] },
  { cisId: "1.1.15", path: "/etc/kubernetes/scheduler.conf", nodes: "control-plane", talosFact: `Talos writes the scheduler kubeconfig to ${SECRETS}/kube-scheduler/kubeconfig with mode 0400`, talosFile: { path: `${SECRETS}/kube-scheduler/kubeconfig`, mode: "0400" }, talosEvidence: [staticPodEvidence("kube-scheduler", "authentication-kubeconfig")] },
  { cisId: "1.1.16", path: "/etc/kubernetes/scheduler.conf", nodes: "control-plane", talosFact: `by design the scheduler kubeconfig (0400) is owned by the scheduler's own non-root UID 65536, not root: only its consumer can read it, it is mounted read-only into the scheduler container, and the host has no shell or SSH`, talosFile: { path: `${SECRETS}/kube-scheduler/kubeconfig`, mode: "0400", owner: "65536" }, talosEvidence: [staticPodEvidence("kube-scheduler", "authentication-kubeconfig")] },
  { cisId: "1.1.17", path: "/etc/kubernetes/controller-manager.conf", nodes: "control-plane", talosFact: `Talos writes the controller-manager kubeconfig to ${SECRETS}/kube-controller-manager/kubeconfig with mode 0400`, talosFile: { path: `${SECRETS}/kube-controller-manager/kubeconfig`, mode: "0400" }, talosEvidence: [staticPodEvidence("kube-controller-manager", "kubeconfig")] },
  { cisId: "1.1.18", path: "/etc/kubernetes/controller-manager.conf", nodes: "control-plane", talosFact: `by design the controller-manager kubeconfig (0400) is owned by the controller manager's own non-root UID 65535, not root: only its consumer can read it, it is mounted read-only into its container, and the host has no shell or SSH`, talosFile: { path: `${SECRETS}/kube-controller-manager/kubeconfig`, mode: "0400", owner: "65535" }, talosEvidence: [staticPodEvidence("kube-controller-manager", "kubeconfig")] },
  { cisId: "1.1.19", path: "/etc/kubernetes/pki/", nodes: "control-plane", talosFact: `/etc/kubernetes/pki holds only the kubelet's CA bundle (directory 0700, file 0400); component PKI is rendered by Talos under ${SECRETS}/<component>/ (0400, owned by the component's UID) and /system/secrets/etcd, on a node with a read-only root filesystem`, talosFile: { path: `${SECRETS}/kube-apiserver/`, mode: "0400", owner: "65534 (kube-apiserver)" }, talosEvidence: [staticPodEvidence("kube-apiserver", "tls-cert-file"), staticPodEvidence("kube-apiserver", "client-ca-file")] },
  { cisId: "1.1.20", path: "/etc/kubernetes/pki/*.crt", nodes: "control-plane", talosFact: `Talos writes component certificates under ${SECRETS}/<component>/ with mode 0400`, talosFile: { path: `${SECRETS}/kube-apiserver/*.crt`, mode: "0400" }, talosEvidence: [staticPodEvidence("kube-apiserver", "tls-cert-file")] },
  { cisId: "1.1.21", path: "/etc/kubernetes/pki/*.key", nodes: "control-plane", talosFact: `Talos writes component keys under ${SECRETS}/<component>/ and /system/secrets/etcd with mode 0400`, talosFile: { path: `${SECRETS}/kube-apiserver/*.key`, mode: "0400" }, talosEvidence: [staticPodEvidence("kube-apiserver", "tls-private-key-file")] },
  { cisId: "4.1.1", path: "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", nodes: "all", talosFact: NO_UNIT, talosFile: "absent", talosEvidence: [serviceEvidence("kubelet")] },
  { cisId: "4.1.2", path: "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", nodes: "all", talosFact: NO_UNIT, talosFile: "absent", talosEvidence: [serviceEvidence("kubelet")] },
  { cisId: "4.1.3", path: "/etc/kubernetes/proxy.conf", nodes: "all", talosFact: KUBE_PROXY, talosFile: "absent on the host", talosEvidence: [kubeProxyEvidence] },
  { cisId: "4.1.4", path: "/etc/kubernetes/proxy.conf", nodes: "all", talosFact: KUBE_PROXY, talosFile: "absent on the host", talosEvidence: [kubeProxyEvidence] },
  { cisId: "4.1.5", path: "/etc/kubernetes/kubelet.conf", nodes: "all", talosFact: "the kubelet kubeconfig is /etc/kubernetes/kubeconfig-kubelet, mode 0600 (kubelet.conf does not exist)", talosFile: { path: "/etc/kubernetes/kubeconfig-kubelet", mode: "0600" }, talosEvidence: [kubeletFlagEvidence("kubeconfig")] },
  { cisId: "4.1.6", path: "/etc/kubernetes/kubelet.conf", nodes: "all", talosFact: "the kubelet kubeconfig /etc/kubernetes/kubeconfig-kubelet is written by root (machined and the root kubelet)", talosFile: { path: "/etc/kubernetes/kubeconfig-kubelet", owner: "root:root" }, talosEvidence: [kubeletFlagEvidence("kubeconfig")] },
  { cisId: "4.1.7", path: "/etc/kubernetes/pki/ca.crt", nodes: "all", talosFact: "Talos writes the kubelet's client CA /etc/kubernetes/pki/ca.crt with mode 0400 in a 0700 directory", talosFile: { path: "/etc/kubernetes/pki/ca.crt", mode: "0400" }, talosEvidence: [kubeletClientCaEvidence] },
  { cisId: "4.1.8", path: "/etc/kubernetes/pki/ca.crt", nodes: "all", talosFact: "Talos (machined, root) writes the kubelet's client CA /etc/kubernetes/pki/ca.crt", talosFile: { path: "/etc/kubernetes/pki/ca.crt", owner: "root:root" }, talosEvidence: [kubeletClientCaEvidence] },
  { cisId: "4.1.9", path: "/var/lib/kubelet/config.yaml", nodes: "all", talosFact: "machined writes the kubelet configuration to /etc/kubernetes/kubelet.yaml with mode 0600", talosFile: { path: "/etc/kubernetes/kubelet.yaml", mode: "0600" }, talosEvidence: [kubeletFlagEvidence("config")] },
  { cisId: "4.1.10", path: "/var/lib/kubelet/config.yaml", nodes: "all", talosFact: "machined (root) writes the kubelet configuration /etc/kubernetes/kubelet.yaml", talosFile: { path: "/etc/kubernetes/kubelet.yaml", owner: "root:root" }, talosEvidence: [kubeletFlagEvidence("config")] },
];
