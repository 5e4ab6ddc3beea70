import { mergeTalosArgs, renderTalosArgs, type ArgMap, type ArgMergePolicy } from "./merge-talos-args";
import { isTalosAtLeast, parseKubernetesVersion, type TalosVersion } from "./talos-version";

const SECRETS = "/system/secrets/kubernetes/kube-apiserver";
const CONFIG = "/system/config/kubernetes/kube-apiserver";

// tls-cipher-suites of v1.10/v1.11, then the CIS-1.12 list of v1.12/v1.13; v1.14 is TLS 1.3 only.
const CIPHERS_V1_10 =
  "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_GCM_SHA256";
const CIPHERS_V1_12 =
  "TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256";

const DENIED = [
  "etcd-servers",
  "client-ca-file",
  "requestheader-client-ca-file",
  "proxy-client-cert-file",
  "proxy-client-key-file",
  "encryption-provider-config",
  "etcd-cafile",
  "etcd-certfile",
  "etcd-keyfile",
  "kubelet-client-certificate",
  "kubelet-client-key",
  "service-account-key-file",
  "service-account-signing-key-file",
  "tls-cert-file",
  "tls-private-key-file",
  "authorization-config",
];

/**
 * The kube-apiserver command line Talos renders into the StaticPod (control_plane_static_pod.go up
 * to v1.13, control_plane_final.go in v1.14), first element the binary.
 *
 * `useAuthenticationConfig` is true for v1.14 multi-document configs: then
 * `--authentication-config` replaces `--anonymous-auth=false`.
 */
export function buildApiServerArgs({
  version,
  kubernetesVersion,
  controlPlaneEndpoint,
  serviceCidr,
  extraArgs,
  useAuthenticationConfig,
}: {
  version: TalosVersion;
  kubernetesVersion: string;
  controlPlaneEndpoint: string;
  serviceCidr: string;
  extraArgs: Record<string, string>;
  useAuthenticationConfig: boolean;
}): string[] {
  const is114 = isTalosAtLeast(version, 14);
  const defaults: ArgMap = {
    "admission-control-config-file": [`${CONFIG}/admission-control-config.yaml`],
    "allow-privileged": ["true"],
    "api-audiences": [controlPlaneEndpoint],
    "bind-address": ["0.0.0.0"],
    "client-ca-file": [`${SECRETS}/ca.crt`],
    "enable-admission-plugins": ["NodeRestriction"],
    "requestheader-client-ca-file": [`${SECRETS}/aggregator-ca.crt`],
    "requestheader-allowed-names": ["front-proxy-client"],
    "requestheader-extra-headers-prefix": ["X-Remote-Extra-"],
    "requestheader-group-headers": ["X-Remote-Group"],
    "requestheader-username-headers": ["X-Remote-User"],
    "proxy-client-cert-file": [`${SECRETS}/front-proxy-client.crt`],
    "proxy-client-key-file": [`${SECRETS}/front-proxy-client.key`],
    "enable-bootstrap-token-auth": ["true"],
    "tls-min-version": [is114 ? "VersionTLS13" : "VersionTLS12"],
    "encryption-provider-config": [`${SECRETS}/encryptionconfig.yaml`],
    "audit-policy-file": [`${CONFIG}/auditpolicy.yaml`],
    "audit-log-path": ["/var/log/audit/kube/kube-apiserver.log"],
    "audit-log-maxage": ["30"],
    "audit-log-maxbackup": ["10"],
    "audit-log-maxsize": ["100"],
    profiling: ["false"],
    "etcd-cafile": [`${SECRETS}/etcd-client-ca.crt`],
    "etcd-certfile": [`${SECRETS}/etcd-client.crt`],
    "etcd-keyfile": [`${SECRETS}/etcd-client.key`],
    "etcd-servers": ["https://127.0.0.1:2379"],
    "kubelet-client-certificate": [`${SECRETS}/apiserver-kubelet-client.crt`],
    "kubelet-client-key": [`${SECRETS}/apiserver-kubelet-client.key`],
    "secure-port": ["6443"],
    "service-account-issuer": [controlPlaneEndpoint],
    "service-account-key-file": [`${SECRETS}/service-account.pub`],
    "service-account-signing-key-file": [`${SECRETS}/service-account.key`],
    "service-cluster-ip-range": [serviceCidr],
    "tls-cert-file": [`${SECRETS}/apiserver.crt`],
    "tls-private-key-file": [`${SECRETS}/apiserver.key`],
    "kubelet-preferred-address-types": ["InternalIP,ExternalIP,Hostname"],
    "advertise-address": ["$(POD_IP)"],
  };
  if (!is114) defaults["tls-cipher-suites"] = [isTalosAtLeast(version, 12) ? CIPHERS_V1_12 : CIPHERS_V1_10];
  if (!is114 || !useAuthenticationConfig) defaults["anonymous-auth"] = ["false"];
  else defaults["authentication-config"] = [`${CONFIG}/authentication-config.yaml`];
  setAuthorizationFlags({ defaults, kubernetesVersion, extraArgs });

  const policies: Record<string, ArgMergePolicy> = {
    "enable-admission-plugins": "additive",
    "feature-gates": "additive",
    "authorization-mode": "additive",
    "service-account-issuer": "append",
  };
  if (!is114) policies["tls-cipher-suites"] = "additive";
  for (const key of DENIED) policies[key] = "denied";
  if (is114) policies["tls-min-version"] = "denied";
  if (is114 && useAuthenticationConfig) policies["authentication-config"] = "denied";
  return ["/usr/local/bin/kube-apiserver", ...renderTalosArgs(mergeTalosArgs({ defaults, extraArgs, policies }))];
}

// Since Talos v1.10 the authorizers come from a structured AuthorizationConfiguration file unless
// the user asks for --authorization-mode or webhook flags, or Kubernetes is older than 1.29.
function setAuthorizationFlags({
  defaults,
  kubernetesVersion,
  extraArgs,
}: {
  defaults: ArgMap;
  kubernetesVersion: string;
  extraArgs: Record<string, string>;
}): void {
  const wantsMode =
    "authorization-mode" in extraArgs || Object.keys(extraArgs).some((key) => key.startsWith("authorization-webhook-"));
  const k8s = parseKubernetesVersion(kubernetesVersion);
  if (wantsMode || k8s.minor < 29) {
    defaults["authorization-mode"] = ["Node,RBAC"];
    return;
  }
  if (k8s.minor < 30) defaults["feature-gates"] = ["StructuredAuthorizationConfiguration=true"];
  defaults["authorization-config"] = [`${CONFIG}/authorization-config.yaml`];
}
