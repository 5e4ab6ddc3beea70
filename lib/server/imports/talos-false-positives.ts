// kube-bench's known architectural false positives on Talos Linux, as the Sidero documentation
// ("Talos Default Hardening and CIS Compliance", v1.12–v1.14) lists them: 21 control-plane and
// 8 worker FAILs, plus two WARNs (1.1.20, 1.1.21). Reasons are Lotse's words, checked against Talos
// source (shared/reference/catalog.md §1.3). On Talos, Lotse's own evidence answers these checks.

const NO_MANIFESTS =
  "Talos has no control-plane manifest files: machined serves the pod specs as StaticPod resources over loopback HTTP, so kube-bench finds no file to check.";
const ETCD_SERVICE = "etcd is a machined service on Talos, not a static pod: there is no etcd manifest file.";
const ETCD_DATA =
  "The etcd data directory /var/lib/etcd is 0700 and owned by UID 60 (etcd) on Talos; kube-bench's Job does not mount it.";
const ADMIN_CONF =
  "Talos nodes hold no admin kubeconfig: an admin kubeconfig is minted on request through the Talos API.";
const COMPONENT_KUBECONFIG =
  "Component kubeconfigs live under /system/secrets/kubernetes/<component>/ with mode 0400, owned by the component's non-root UID by design.";
const PKI =
  "/etc/kubernetes/pki holds only the kubelet's CA bundle on Talos; component PKI is under /system/secrets, 0400 and owned by non-root UIDs by design.";
const KUBELET_CA_FLAG =
  "Listed by Sidero as a false positive (kubelet trust comes from the cluster PKI bootstrap); Lotse judges --kubelet-certificate-authority from its own evidence.";
const AUTHORIZATION_CONFIG =
  "Since Talos v1.10 the API server gets --authorization-config (Node and RBAC authorizers) instead of --authorization-mode; kube-bench only reads the flag.";
const KUBELET_UNIT = "Talos has no systemd: the kubelet is a machined service with no unit file.";
const KUBELET_KUBECONFIG =
  "The kubelet kubeconfig is /etc/kubernetes/kubeconfig-kubelet on Talos, not /etc/kubernetes/kubelet.conf.";
const KUBELET_CONFIG =
  "The kubelet config is /etc/kubernetes/kubelet.yaml, written 0600 by machined; kube-bench's Job does not mount it.";
const KUBELET_CONFIG_FILE =
  "Talos sets this in the kubelet config file, not as a flag; kube-bench's Job cannot read that file.";

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `${prefix}.${from + index}`);

function entries(ids: string[], reason: string): [string, string][] {
  return ids.map((id) => [`cis.${id}`, reason]);
}

/** Check id → why kube-bench's FAIL (or WARN) for it is an architectural false positive on Talos. */
export const TALOS_KUBE_BENCH_FALSE_POSITIVES: ReadonlyMap<string, string> = new Map([
  ...entries(range("1.1", 1, 6), NO_MANIFESTS),
  ...entries(range("1.1", 7, 8), ETCD_SERVICE),
  ...entries(range("1.1", 11, 12), ETCD_DATA),
  ...entries(range("1.1", 13, 14), ADMIN_CONF),
  ...entries(range("1.1", 15, 18), COMPONENT_KUBECONFIG),
  ...entries(range("1.1", 19, 21), PKI),
  ...entries(["1.2.5"], KUBELET_CA_FLAG),
  ...entries(range("1.2", 6, 8), AUTHORIZATION_CONFIG),
  ...entries(["4.1.1"], KUBELET_UNIT),
  ...entries(range("4.1", 5, 6), KUBELET_KUBECONFIG),
  ...entries(range("4.1", 9, 10), KUBELET_CONFIG),
  ...entries(range("4.2", 1, 3), KUBELET_CONFIG_FILE),
]);

/** The two Sidero lists as WARN, not FAIL (Manual checks). */
export const TALOS_WARN_FALSE_POSITIVES: readonly string[] = ["cis.1.1.20", "cis.1.1.21"];
