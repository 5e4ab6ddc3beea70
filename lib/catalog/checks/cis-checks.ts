import type { CheckDefinition, CheckScope, Platform, Severity } from "../catalog-types";

// CIS Kubernetes Benchmark v1.10 (as encoded by kube-bench `cfg/cis-1.10`): one check per CIS
// recommendation. The table below holds what differs per check; titles are CIS's short titles,
// rationales and remediations are Lotse's own words. Evaluators: lib/server/evaluate/checks/cis.

const SECTIONS: Record<string, string> = {
  "1.1": "Control Plane Node Configuration Files",
  "1.2": "API Server",
  "1.3": "Controller Manager",
  "1.4": "Scheduler",
  "2": "Etcd Node Configuration",
  "3.1": "Authentication and Authorization",
  "3.2": "Logging",
  "4.1": "Worker Node Configuration Files",
  "4.2": "Kubelet",
  "4.3": "kube-proxy",
  "5.1": "RBAC and Service Accounts",
  "5.2": "Pod Security Standards",
  "5.3": "Network Policies and CNI",
  "5.4": "Secrets Management",
  "5.5": "Extensible Admission Control",
  "5.7": "General Policies",
};

type Remediation = CheckDefinition["remediation"];
type FlagComponent = "apiServer" | "controllerManager" | "scheduler";

/** How to fix a check; most are generated from a small description. */
type Fix =
  /** A control-plane or node file: kubeadm fixes it on the host, Talos has it by design. */
  | { file: string; want: string; talos: string; isWorker?: boolean }
  /** Control-plane flags: `value` null removes the flag. */
  | { flags: Record<string, string | null>; component: FlagComponent; talos?: string }
  | { etcd: string }
  | { kubelet: string; value: string }
  | Remediation;

const A = true;
const M = false;

const MANIFESTS = "/etc/kubernetes/manifests";
const TALOS_NO_FILE = "Talos serves control-plane pod specs from machined (StaticPod resources), not from files";
const TALOS_SECRETS = "/system/secrets/kubernetes";
const TALOS_ENFORCED = "Nothing to change: Talos always sets this flag and refuses overrides through extraArgs.";

// [id, automated, severity, title, rationale, fix]
type Row = [string, boolean, Severity, string, string, Fix];

// prettier-ignore
const ROWS: Row[] = [
  ["1.1.1", A, "medium", "API server pod specification file permissions are set to 600 or more restrictive", "Anyone who can rewrite the API server's pod spec can run code with control-plane credentials.", { file: `${MANIFESTS}/kube-apiserver.yaml`, want: "600", talos: TALOS_NO_FILE }],
  ["1.1.2", A, "medium", "API server pod specification file ownership is set to root:root", "A pod spec owned by an unprivileged account can be changed without root.", { file: `${MANIFESTS}/kube-apiserver.yaml`, want: "root:root", talos: TALOS_NO_FILE }],
  ["1.1.3", A, "medium", "Controller manager pod specification file permissions are set to 600 or more restrictive", "A writable controller-manager pod spec lets a local user change how it runs and which keys it holds.", { file: `${MANIFESTS}/kube-controller-manager.yaml`, want: "600", talos: TALOS_NO_FILE }],
  ["1.1.4", A, "medium", "Controller manager pod specification file ownership is set to root:root", "Root ownership keeps the controller-manager spec out of reach of unprivileged local accounts.", { file: `${MANIFESTS}/kube-controller-manager.yaml`, want: "root:root", talos: TALOS_NO_FILE }],
  ["1.1.5", A, "medium", "Scheduler pod specification file permissions are set to 600 or more restrictive", "A writable scheduler pod spec lets a local user run code with the scheduler's credentials.", { file: `${MANIFESTS}/kube-scheduler.yaml`, want: "600", talos: TALOS_NO_FILE }],
  ["1.1.6", A, "medium", "Scheduler pod specification file ownership is set to root:root", "Root ownership keeps the scheduler spec out of reach of unprivileged local accounts.", { file: `${MANIFESTS}/kube-scheduler.yaml`, want: "root:root", talos: TALOS_NO_FILE }],
  ["1.1.7", A, "medium", "Etcd pod specification file permissions are set to 600 or more restrictive", "The etcd pod spec decides how the datastore holding every Secret is exposed.", { file: `${MANIFESTS}/etcd.yaml`, want: "600", talos: "etcd is a machined service on Talos, not a static pod: there is no pod spec file" }],
  ["1.1.8", A, "medium", "Etcd pod specification file ownership is set to root:root", "Root ownership keeps the etcd spec out of reach of unprivileged local accounts.", { file: `${MANIFESTS}/etcd.yaml`, want: "root:root", talos: "etcd is a machined service on Talos, not a static pod: there is no pod spec file" }],
  ["1.1.9", M, "low", "Container Network Interface file permissions are set to 600 or more restrictive", "CNI configuration controls pod networking on every node, so only root should change it.", { file: "/etc/cni/net.d/*", want: "600", talos: "CNI files are written by the CNI DaemonSet, not by Talos; check them with `talosctl ls -l /etc/cni/net.d`" }],
  ["1.1.10", M, "low", "Container Network Interface file ownership is set to root:root", "Root ownership keeps the CNI configuration out of reach of unprivileged local accounts.", { file: "/etc/cni/net.d/*", want: "root:root", talos: "CNI files are written by the CNI DaemonSet, not by Talos; check them with `talosctl ls -l /etc/cni/net.d`" }],
  ["1.1.11", A, "high", "Etcd data directory permissions are set to 700 or more restrictive", "The etcd data directory holds the whole cluster state, Secrets included.", { file: "/var/lib/etcd", want: "700", talos: "Talos creates /var/lib/etcd with mode 0700 for the etcd user (UID 60)" }],
  ["1.1.12", A, "medium", "Etcd data directory ownership is set to etcd:etcd", "Only the etcd service account should own the data it writes.", { file: "/var/lib/etcd", want: "etcd:etcd", talos: "Talos creates /var/lib/etcd owned by the etcd user (UID/GID 60)" }],
  ["1.1.13", A, "high", "Default administrative credential file permissions are set to 600", "The default admin kubeconfig grants cluster-admin to whoever can read it.", { file: "/etc/kubernetes/admin.conf and super-admin.conf", want: "600", talos: "Talos nodes keep no admin kubeconfig; `talosctl kubeconfig` mints one through the Talos API on request" }],
  ["1.1.14", A, "high", "Default administrative credential file ownership is set to root:root", "Root ownership stops unprivileged local accounts from reading or replacing the admin credential.", { file: "/etc/kubernetes/admin.conf and super-admin.conf", want: "root:root", talos: "Talos nodes keep no admin kubeconfig; `talosctl kubeconfig` mints one through the Talos API on request" }],
  ["1.1.15", A, "medium", "Scheduler.conf file permissions are set to 600 or more restrictive", "The scheduler kubeconfig holds a client credential for the API server.", { file: "/etc/kubernetes/scheduler.conf", want: "600", talos: `Talos writes the scheduler kubeconfig to ${TALOS_SECRETS}/kube-scheduler/kubeconfig with mode 0400` }],
  ["1.1.16", A, "medium", "Scheduler.conf file ownership is set to root:root", "Only a privileged account should own the scheduler's client credential.", { file: "/etc/kubernetes/scheduler.conf", want: "root:root", talos: `Talos gives ${TALOS_SECRETS}/kube-scheduler/kubeconfig (0400) to the scheduler's own non-root UID 65536 by design` }],
  ["1.1.17", A, "medium", "Controller-manager.conf file permissions are set to 600 or more restrictive", "The controller-manager kubeconfig holds a client credential with broad cluster rights.", { file: "/etc/kubernetes/controller-manager.conf", want: "600", talos: `Talos writes the controller-manager kubeconfig to ${TALOS_SECRETS}/kube-controller-manager/kubeconfig with mode 0400` }],
  ["1.1.18", A, "medium", "Controller-manager.conf file ownership is set to root:root", "Only a privileged account should own the controller manager's client credential.", { file: "/etc/kubernetes/controller-manager.conf", want: "root:root", talos: `Talos gives ${TALOS_SECRETS}/kube-controller-manager/kubeconfig (0400) to the controller manager's own non-root UID 65535 by design` }],
  ["1.1.19", A, "medium", "Kubernetes PKI directory and file ownership is set to root:root", "The PKI directory holds the keys every cluster identity is derived from.", { file: "/etc/kubernetes/pki/", want: "root:root", talos: `Talos keeps component PKI under ${TALOS_SECRETS}/<component>/ (0400, owned by the component's UID) and only the kubelet CA bundle in /etc/kubernetes/pki` }],
  ["1.1.20", M, "medium", "Kubernetes PKI certificate file permissions are set to 600 or more restrictive", "Certificates should not be replaceable by unprivileged local users.", { file: "/etc/kubernetes/pki/*.crt", want: "600", talos: `Talos writes component certificates under ${TALOS_SECRETS}/<component>/ with mode 0400` }],
  ["1.1.21", M, "high", "Kubernetes PKI key file permissions are set to 600", "Private keys must be readable only by their owner.", { file: "/etc/kubernetes/pki/*.key", want: "600", talos: `Talos writes component keys under ${TALOS_SECRETS}/<component>/ and /system/secrets/etcd with mode 0400` }],
  ["1.2.1", M, "high", "--anonymous-auth argument is set to false", "Anonymous requests reach the API server without identity and rely on authorization alone to be refused.", { component: "apiServer", flags: { "anonymous-auth": "false" }, talos: "Talos sets --anonymous-auth=false unless a structured authentication config is used." }],
  ["1.2.2", A, "high", "--token-auth-file parameter is not set", "Static token files hold long-lived plain-text credentials that cannot be rotated without a restart.", { component: "apiServer", flags: { "token-auth-file": null } }],
  ["1.2.3", M, "medium", "--DenyServiceExternalIPs is set", "Service externalIPs let anyone who can create Services intercept traffic to arbitrary addresses (CVE-2020-8554).", { component: "apiServer", flags: { "enable-admission-plugins": "NodeRestriction,DenyServiceExternalIPs" } }],
  ["1.2.4", A, "high", "--kubelet-client-certificate and --kubelet-client-key arguments are set as appropriate", "The API server must authenticate itself to kubelets, which serve exec and logs.", { component: "apiServer", flags: { "kubelet-client-certificate": "<path>", "kubelet-client-key": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.2.5", A, "high", "--kubelet-certificate-authority argument is set as appropriate", "Without it the API server does not verify the kubelet's serving certificate, so its connections to kubelets can be intercepted.", { component: "apiServer", flags: { "kubelet-certificate-authority": "<CA bundle that signs kubelet serving certificates>" }, talos: "Talos does not set this flag. Enable kubelet serving certificates signed by the cluster CA first (machine.kubelet.extraArgs rotate-server-certificates: true plus a CSR approver), then add the flag through cluster.apiServer.extraArgs as below; or record a waiver that documents the exception." }],
  ["1.2.6", A, "critical", "--authorization-mode argument is not set to AlwaysAllow", "AlwaysAllow authorizes every authenticated request and disables access control.", { component: "apiServer", flags: { "authorization-mode": "Node,RBAC" }, talos: "Talos passes --authorization-config with the Node and RBAC authorizers; remove any AlwaysAllow authorizer from cluster.apiServer.authorizationConfig." }],
  ["1.2.7", A, "high", "--authorization-mode argument includes Node", "The Node authorizer limits each kubelet to the objects of the pods bound to its node.", { component: "apiServer", flags: { "authorization-mode": "Node,RBAC" }, talos: "Talos puts the Node authorizer into --authorization-config; keep it when you list authorizers in cluster.apiServer.authorizationConfig." }],
  ["1.2.8", A, "high", "--authorization-mode argument includes RBAC", "RBAC is the authorizer that enforces least-privilege roles and bindings.", { component: "apiServer", flags: { "authorization-mode": "Node,RBAC" }, talos: "Talos puts the RBAC authorizer into --authorization-config; keep it when you list authorizers in cluster.apiServer.authorizationConfig." }],
  ["1.2.9", M, "low", "Admission control plugin EventRateLimit is set", "Rate-limiting events protects the API server and etcd from event floods.", { component: "apiServer", flags: { "enable-admission-plugins": "NodeRestriction,EventRateLimit" } }],
  ["1.2.10", A, "critical", "Admission control plugin AlwaysAdmit is not set", "AlwaysAdmit disables admission control, so no policy plugin can reject a request.", { component: "apiServer", flags: { "enable-admission-plugins": "NodeRestriction" } }],
  ["1.2.11", M, "low", "Admission control plugin AlwaysPullImages is set", "Always pulling forces the registry's credential check, so one tenant cannot reuse another's cached private image.", { component: "apiServer", flags: { "enable-admission-plugins": "NodeRestriction,AlwaysPullImages" } }],
  ["1.2.12", A, "high", "Admission control plugin ServiceAccount is set", "The ServiceAccount plugin assigns and validates pod service accounts.", { talos: "Remove ServiceAccount from cluster.apiServer.extraArgs disable-admission-plugins in the machine config.", kubeadm: "Remove ServiceAccount from --disable-admission-plugins in /etc/kubernetes/manifests/kube-apiserver.yaml on every control-plane node.", managed: "Not configurable: the provider runs kube-apiserver." }],
  ["1.2.13", A, "medium", "Admission control plugin NamespaceLifecycle is set", "NamespaceLifecycle stops objects being created in terminating or missing namespaces.", { talos: "Remove NamespaceLifecycle from cluster.apiServer.extraArgs disable-admission-plugins in the machine config.", kubeadm: "Remove NamespaceLifecycle from --disable-admission-plugins in /etc/kubernetes/manifests/kube-apiserver.yaml on every control-plane node.", managed: "Not configurable: the provider runs kube-apiserver." }],
  ["1.2.14", A, "high", "Admission control plugin NodeRestriction is set", "NodeRestriction stops a kubelet from modifying other nodes or pods not bound to it.", { component: "apiServer", flags: { "enable-admission-plugins": "NodeRestriction" } }],
  ["1.2.15", A, "low", "--profiling argument is set to false", "The profiling endpoint exposes internals and costs performance while serving no production purpose.", { component: "apiServer", flags: { profiling: "false" } }],
  ["1.2.16", A, "medium", "--audit-log-path argument is set", "Without an audit log, no request to the API server can be traced afterwards.", { component: "apiServer", flags: { "audit-log-path": "/var/log/kubernetes/audit/audit.log" } }],
  ["1.2.17", A, "low", "--audit-log-maxage argument is set to 30 or as appropriate", "Audit logs must be kept long enough to investigate incidents.", { component: "apiServer", flags: { "audit-log-maxage": "30" } }],
  ["1.2.18", A, "low", "--audit-log-maxbackup argument is set to 10 or as appropriate", "Enough rotated audit files must be kept to cover the retention period.", { component: "apiServer", flags: { "audit-log-maxbackup": "10" } }],
  ["1.2.19", A, "low", "--audit-log-maxsize argument is set to 100 or as appropriate", "Audit files must be large enough that rotation does not drop recent history.", { component: "apiServer", flags: { "audit-log-maxsize": "100" } }],
  ["1.2.20", M, "low", "--request-timeout argument is set as appropriate", "Timeouts that are too long tie up the API server; too short ones break large list calls.", { component: "apiServer", flags: { "request-timeout": "60s" } }],
  ["1.2.21", A, "medium", "--service-account-lookup argument is set to true", "With lookup on, tokens of deleted service accounts are rejected instead of staying valid.", { component: "apiServer", flags: { "service-account-lookup": "true" } }],
  ["1.2.22", A, "high", "--service-account-key-file argument is set as appropriate", "The API server needs the public key to verify service account tokens.", { component: "apiServer", flags: { "service-account-key-file": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.2.23", A, "high", "--etcd-certfile and --etcd-keyfile arguments are set as appropriate", "The API server must authenticate to etcd with a client certificate.", { component: "apiServer", flags: { "etcd-certfile": "<path>", "etcd-keyfile": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.2.24", A, "high", "--tls-cert-file and --tls-private-key-file arguments are set as appropriate", "The API server must serve TLS with a certificate it owns.", { component: "apiServer", flags: { "tls-cert-file": "<path>", "tls-private-key-file": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.2.25", A, "high", "--client-ca-file argument is set as appropriate", "Client certificate authentication needs a CA to verify clients against.", { component: "apiServer", flags: { "client-ca-file": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.2.26", A, "high", "--etcd-cafile argument is set as appropriate", "The API server must verify etcd's certificate to avoid talking to an impostor.", { component: "apiServer", flags: { "etcd-cafile": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.2.27", M, "high", "--encryption-provider-config argument is set as appropriate", "Without an encryption provider, Secrets are stored in etcd in plain text.", { component: "apiServer", flags: { "encryption-provider-config": "/etc/kubernetes/encryption/encryption-config.yaml" }, talos: TALOS_ENFORCED }],
  ["1.2.28", M, "high", "Encryption providers are appropriately configured", "Only a real cipher as the first provider encrypts new writes; identity stores plain text.", { talos: "Talos renders a secretbox provider (cluster.secretboxEncryptionSecret) by default; keep it first in a custom KubeEtcdEncryptionConfig.", kubeadm: "Put aescbc, secretbox or kms first under `providers:` in the file named by --encryption-provider-config, then rewrite all Secrets (`kubectl get secrets -A -o json | kubectl replace -f -`).", managed: "Enable envelope encryption with the provider's KMS (EKS secrets encryption, GKE application-layer secrets encryption, AKS KMS etcd encryption)." }],
  ["1.2.29", M, "medium", "API Server only makes use of Strong Cryptographic Ciphers", "Weak cipher suites allow downgrade and decryption attacks on API traffic.", { component: "apiServer", flags: { "tls-min-version": "VersionTLS13" }, talos: "Talos v1.14 serves TLS 1.3 only; on earlier versions Talos sets a strong --tls-cipher-suites list. Keep extraArgs from adding weaker suites." }],
  ["1.3.1", M, "low", "--terminated-pod-gc-threshold argument is set as appropriate", "Without a threshold, terminated pods pile up to the default of 12,500 and strain etcd.", { component: "controllerManager", flags: { "terminated-pod-gc-threshold": "10" } }],
  ["1.3.2", A, "low", "--profiling argument is set to false", "The profiling endpoint exposes internals and costs performance while serving no production purpose.", { component: "controllerManager", flags: { profiling: "false" } }],
  ["1.3.3", A, "high", "--use-service-account-credentials argument is set to true", "Per-controller service accounts give each controller only its own permissions.", { component: "controllerManager", flags: { "use-service-account-credentials": "true" } }],
  ["1.3.4", A, "high", "--service-account-private-key-file argument is set as appropriate", "The controller manager needs the private key to sign service account tokens.", { component: "controllerManager", flags: { "service-account-private-key-file": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.3.5", A, "medium", "--root-ca-file argument is set as appropriate", "Pods need the cluster root CA to verify the API server's certificate.", { component: "controllerManager", flags: { "root-ca-file": "<path>" }, talos: TALOS_ENFORCED }],
  ["1.3.6", A, "medium", "RotateKubeletServerCertificate argument is set to true", "Rotating kubelet serving certificates keeps them short-lived.", { component: "controllerManager", flags: { "feature-gates": "RotateKubeletServerCertificate=true" } }],
  ["1.3.7", A, "low", "--bind-address argument is set to 127.0.0.1", "The controller manager's endpoints should not listen beyond the node itself.", { component: "controllerManager", flags: { "bind-address": "127.0.0.1" } }],
  ["1.4.1", A, "low", "--profiling argument is set to false", "The profiling endpoint exposes internals and costs performance while serving no production purpose.", { component: "scheduler", flags: { profiling: "false" } }],
  ["1.4.2", A, "low", "--bind-address argument is set to 127.0.0.1", "The scheduler's endpoints should not listen beyond the node itself.", { component: "scheduler", flags: { "bind-address": "127.0.0.1" } }],
  ["2.1", A, "high", "--cert-file and --key-file arguments are set as appropriate", "etcd must serve clients over TLS so cluster data is encrypted in transit.", { etcd: "--cert-file=<path> --key-file=<path>" }],
  ["2.2", A, "critical", "--client-cert-auth argument is set to true", "Only clients with a certificate from the etcd CA should reach the datastore.", { etcd: "--client-cert-auth=true" }],
  ["2.3", A, "high", "--auto-tls argument is not set to true", "Self-signed auto-TLS certificates give encryption without authentication.", { etcd: "--auto-tls=false (or remove the flag)" }],
  ["2.4", A, "high", "--peer-cert-file and --peer-key-file arguments are set as appropriate", "etcd members must encrypt their replication traffic.", { etcd: "--peer-cert-file=<path> --peer-key-file=<path>" }],
  ["2.5", A, "high", "--peer-client-cert-auth argument is set to true", "Only members with a certificate from the etcd CA should join the cluster.", { etcd: "--peer-client-cert-auth=true" }],
  ["2.6", A, "high", "--peer-auto-tls argument is not set to true", "Self-signed peer certificates give encryption without authentication.", { etcd: "--peer-auto-tls=false (or remove the flag)" }],
  ["2.7", M, "medium", "A unique Certificate Authority is used for etcd", "A CA shared with Kubernetes would let any cluster certificate authenticate to etcd.", { etcd: "--trusted-ca-file=<a CA used only by etcd>" }],
  ["3.1.1", M, "medium", "Client certificate authentication should not be used for users", "User client certificates cannot be revoked, so a leaked one stays valid until it expires.", { kubernetes: "Give people OIDC (or another token authenticator) identities and keep client certificates for components and break-glass access.", talos: "Use `talosctl kubeconfig` only for break-glass access; configure OIDC through cluster.apiServer.extraArgs (oidc-*) or a structured authentication config." }],
  ["3.1.2", M, "medium", "Service account token authentication should not be used for users", "Service account tokens are meant for workloads; as user credentials they are hard to track and revoke.", { kubernetes: "Stop handing out service account tokens to people; give them OIDC identities bound to RBAC roles." }],
  ["3.1.3", M, "medium", "Bootstrap token authentication should not be used for users", "Bootstrap tokens are meant for joining nodes, not for people.", { kubernetes: "Use bootstrap tokens only for node joins and let them expire (`kubeadm token list`; Talos uses its own join token)." }],
  ["3.2.1", M, "high", "A minimal audit policy is created", "Without an audit policy the API server records nothing.", { component: "apiServer", flags: { "audit-policy-file": "/etc/kubernetes/audit/audit-policy.yaml" }, talos: "Talos always passes an audit policy (Metadata for every request by default); tune it with cluster.apiServer.auditPolicy." }],
  ["3.2.2", M, "medium", "Audit policy covers key security concerns", "A policy that logs too little misses attacks; one that logs Secret bodies leaks them.", { kubeadm: "Extend the audit policy: Metadata for Secrets, ConfigMaps and TokenReviews, RequestResponse for RBAC and pod exec/attach, None for noisy read-only system traffic.", talos: "Set cluster.apiServer.auditPolicy to a policy that covers Secrets (Metadata only), RBAC changes and pod exec/attach.", managed: "Enable the provider's control-plane audit logs (EKS control plane logging, GKE Cloud Audit Logs, AKS diagnostic settings)." }],
  ["4.1.1", A, "medium", "Kubelet service file permissions are set to 600 or more restrictive", "The kubelet service file decides how the kubelet runs and which credentials it uses.", { file: "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", want: "600", talos: "Talos has no systemd; the kubelet is a machined service defined in the immutable image", isWorker: true }],
  ["4.1.2", A, "medium", "Kubelet service file ownership is set to root:root", "Only root should own the file that defines how the kubelet starts.", { file: "/etc/systemd/system/kubelet.service.d/10-kubeadm.conf", want: "root:root", talos: "Talos has no systemd; the kubelet is a machined service defined in the immutable image", isWorker: true }],
  ["4.1.3", M, "medium", "If proxy kubeconfig file exists ensure permissions are set to 600 or more restrictive", "The kube-proxy kubeconfig holds a client credential for the API server.", { file: "/etc/kubernetes/proxy.conf", want: "600", talos: "kube-proxy runs as a DaemonSet on Talos; its kubeconfig lives in the container, not on the host", isWorker: true }],
  ["4.1.4", M, "medium", "If proxy kubeconfig file exists ensure ownership is set to root:root", "Only root should own kube-proxy's client credential.", { file: "/etc/kubernetes/proxy.conf", want: "root:root", talos: "kube-proxy runs as a DaemonSet on Talos; its kubeconfig lives in the container, not on the host", isWorker: true }],
  ["4.1.5", A, "high", "--kubeconfig kubelet.conf file permissions are set to 600 or more restrictive", "The kubelet kubeconfig holds the node's client credential.", { file: "/etc/kubernetes/kubelet.conf", want: "600", talos: "Talos writes the kubelet kubeconfig to /etc/kubernetes/kubeconfig-kubelet with mode 0600", isWorker: true }],
  ["4.1.6", A, "high", "--kubeconfig kubelet.conf file ownership is set to root:root", "Only root should own the node's client credential.", { file: "/etc/kubernetes/kubelet.conf", want: "root:root", talos: "Talos writes /etc/kubernetes/kubeconfig-kubelet as root (machined)", isWorker: true }],
  ["4.1.7", M, "medium", "Certificate authorities file permissions are set to 600 or more restrictive", "The client CA file decides which client certificates the kubelet trusts.", { file: "/etc/kubernetes/pki/ca.crt", want: "600", talos: "Talos writes /etc/kubernetes/pki/ca.crt with mode 0400 in a 0700 directory", isWorker: true }],
  ["4.1.8", M, "medium", "Client certificate authorities file ownership is set to root:root", "Only root should be able to change which client certificates the kubelet trusts.", { file: "/etc/kubernetes/pki/ca.crt", want: "root:root", talos: "Talos writes /etc/kubernetes/pki/ca.crt as root (machined)", isWorker: true }],
  ["4.1.9", A, "medium", "If the kubelet config.yaml configuration file is being used validate permissions set to 600 or more restrictive", "The kubelet configuration file holds its authentication and authorization settings.", { file: "/var/lib/kubelet/config.yaml", want: "600", talos: "Talos writes the kubelet configuration to /etc/kubernetes/kubelet.yaml with mode 0600", isWorker: true }],
  ["4.1.10", A, "medium", "If the kubelet config.yaml configuration file is being used validate file ownership is set to root:root", "Only root should own the kubelet configuration file.", { file: "/var/lib/kubelet/config.yaml", want: "root:root", talos: "Talos writes /etc/kubernetes/kubelet.yaml as root (machined)", isWorker: true }],
  ["4.2.1", A, "critical", "--anonymous-auth argument is set to false", "Anonymous kubelet requests can read pods and, with weak authorization, exec into them.", { kubelet: "authentication.anonymous.enabled", value: "false" }],
  ["4.2.2", A, "critical", "--authorization-mode argument is not set to AlwaysAllow", "AlwaysAllow lets any client that reaches the kubelet run commands in its pods.", { kubelet: "authorization.mode", value: "Webhook" }],
  ["4.2.3", A, "high", "--client-ca-file argument is set as appropriate", "Without a client CA the kubelet cannot authenticate clients by certificate.", { kubelet: "authentication.x509.clientCAFile", value: "/etc/kubernetes/pki/ca.crt" }],
  ["4.2.4", M, "high", "Verify that the --read-only-port argument is set to 0", "The read-only port serves pod and node data over HTTP without authentication.", { kubelet: "readOnlyPort", value: "0" }],
  ["4.2.5", M, "medium", "--streaming-connection-idle-timeout argument is not set to 0", "Streaming connections that never time out can be held open to exhaust the node.", { kubelet: "streamingConnectionIdleTimeout", value: "5m" }],
  ["4.2.6", A, "low", "--make-iptables-util-chains argument is set to true", "Letting the kubelet manage iptables keeps its rules consistent with the node's networking.", { kubelet: "makeIPTablesUtilChains", value: "true" }],
  ["4.2.7", M, "low", "--hostname-override argument is not set", "Overriding the hostname can break TLS between kubelet and API server and confuse node identity.", { kubeadm: "Remove --hostname-override from KUBELET_EXTRA_ARGS (/etc/default/kubelet) and restart the kubelet.", talos: "Talos sets --hostname-override to the node's own hostname; nothing to change unless it differs from the node name.", managed: "Not configurable on most managed node pools." }],
  ["4.2.8", M, "low", "EventRecordQPS argument is set to a level which ensures appropriate event capture", "Too low a rate drops security-relevant events; an unlimited one can flood the API server.", { kubelet: "eventRecordQPS", value: "5" }],
  ["4.2.9", M, "medium", "--tls-cert-file and --tls-private-key-file arguments are set as appropriate", "A kubelet without a CA-signed serving certificate presents a self-signed one nobody can verify.", { kubelet: "serverTLSBootstrap", value: "true" }],
  ["4.2.10", A, "medium", "--rotate-certificates argument is not set to false", "Rotating the kubelet's client certificate keeps it short-lived.", { kubelet: "rotateCertificates", value: "true" }],
  ["4.2.11", M, "medium", "Verify that the RotateKubeletServerCertificate argument is set to true", "Rotating the kubelet's serving certificate keeps it short-lived and signed by the cluster CA.", { kubelet: "featureGates.RotateKubeletServerCertificate", value: "true" }],
  ["4.2.12", M, "medium", "Kubelet only makes use of Strong Cryptographic Ciphers", "Weak cipher suites allow downgrade and decryption attacks on kubelet traffic.", { kubelet: "tlsMinVersion", value: "VersionTLS13" }],
  ["4.2.13", M, "low", "A limit is set on pod PIDs", "A PID limit stops one pod from exhausting the node's process table.", { kubelet: "podPidsLimit", value: "4096" }],
  ["4.3.1", A, "low", "Kube-proxy metrics service is bound to localhost", "Metrics exposed on all interfaces reveal node networking details to anyone on the network.", { kubernetes: "Set `metricsBindAddress: 127.0.0.1:10249` in the kube-proxy configuration (ConfigMap kube-system/kube-proxy) or pass --metrics-bind-address=127.0.0.1:10249, then restart the DaemonSet.", talos: "Set cluster.proxy.extraArgs metrics-bind-address: 127.0.0.1:10249 (or replace kube-proxy, e.g. Cilium kube-proxy replacement)." }],
  ["5.1.1", A, "high", "Cluster-admin role is only used where required", "Every cluster-admin binding is a full takeover path if its subject is compromised.", { kubernetes: "Replace ClusterRoleBindings to cluster-admin with narrower ClusterRoles or namespaced RoleBindings; delete the binding with `kubectl delete clusterrolebinding <name>`." }],
  ["5.1.2", A, "high", "Minimize access to secrets", "Reading Secrets usually yields credentials that lead to further privileges.", { kubernetes: "Remove get, list and watch on secrets from roles bound to broad groups; grant them per namespace and by resourceNames where possible." }],
  ["5.1.3", A, "medium", "Minimize wildcard use in Roles and ClusterRoles", "Wildcards grant today's and tomorrow's resources and verbs, beyond what was reviewed.", { kubernetes: "Replace `*` in apiGroups, resources and verbs with the explicit lists the subject needs." }],
  ["5.1.4", A, "high", "Minimize access to create pods", "Whoever can create pods can mount any Secret and service account of the namespace.", { kubernetes: "Remove create on pods from roles bound to broad groups; let controllers (Deployments via CI) create pods instead." }],
  ["5.1.5", A, "medium", "Default service accounts are not actively used", "Workloads that share the default service account share its rights.", { kubernetes: "Set `automountServiceAccountToken: false` on each namespace's default ServiceAccount and give workloads their own service accounts." }],
  ["5.1.6", A, "medium", "Service Account Tokens are only mounted where necessary", "A mounted token a pod does not need is a credential an attacker can steal from it.", { kubernetes: "Set `automountServiceAccountToken: false` in the pod spec (or its ServiceAccount) unless the pod calls the API; set it to true explicitly where it does." }],
  ["5.1.7", M, "high", "Avoid use of system:masters group", "Membership in system:masters bypasses RBAC and cannot be revoked by removing bindings.", { kubernetes: "Issue no certificates with O=system:masters beyond break-glass access; bind named groups to cluster-admin instead." }],
  ["5.1.8", M, "high", "Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster", "Bind, escalate and impersonate let a subject gain permissions it does not hold.", { kubernetes: "Remove bind, escalate and impersonate from roles that do not administer RBAC or act on behalf of users." }],
  ["5.1.9", M, "medium", "Minimize access to create persistent volumes", "Creating PersistentVolumes can expose host paths and other tenants' storage.", { kubernetes: "Grant create on persistentvolumes only to storage administrators; let users claim storage through PVCs and StorageClasses." }],
  ["5.1.10", M, "high", "Minimize access to the proxy sub-resource of nodes", "nodes/proxy gives direct kubelet API access, including exec, bypassing admission and audit.", { kubernetes: "Remove nodes/proxy from roles except those of monitoring agents that need it; prefer the kubelet's metrics endpoints through a scoped identity." }],
  ["5.1.11", M, "high", "Minimize access to the approval sub-resource of certificatesigningrequests objects", "Approving CSRs lets a subject mint certificates for arbitrary identities.", { kubernetes: "Limit update on certificatesigningrequests/approval (and approve on signers) to the controllers that need it." }],
  ["5.1.12", M, "high", "Minimize access to webhook configuration objects", "Webhook configurations can intercept or disable admission for every request.", { kubernetes: "Limit create, update and delete on validating/mutatingwebhookconfigurations to the operators that own them." }],
  ["5.1.13", M, "high", "Minimize access to the service account token creation", "Creating tokens lets a subject act as any service account it can name.", { kubernetes: "Limit create on serviceaccounts/token to the components that need it." }],
  ["5.2.1", M, "high", "Cluster has at least one active policy control mechanism in place", "Without an admission policy nothing stops privileged or host-level pods from being created.", { kubernetes: "Label every namespace with `pod-security.kubernetes.io/enforce: restricted` (or baseline where needed), or enforce equivalent Kyverno / Gatekeeper / ValidatingAdmissionPolicy rules.", talos: "Talos enforces baseline cluster-wide by default (cluster.apiServer.admissionControl PodSecurity); raise it to restricted there or per namespace." }],
  ["5.2.2", M, "critical", "Minimize the admission of privileged containers", "Privileged containers have full access to the host's devices and kernel.", { kubernetes: "Remove `privileged: true` and enforce the baseline or restricted Pod Security level on the namespace." }],
  ["5.2.3", M, "high", "Minimize the admission of containers wishing to share the host process ID namespace", "Sharing the host PID namespace lets a container see and signal host processes.", { kubernetes: "Remove `hostPID: true` and enforce the baseline Pod Security level on the namespace." }],
  ["5.2.4", M, "high", "Minimize the admission of containers wishing to share the host IPC namespace", "Sharing the host IPC namespace lets a container read host shared memory.", { kubernetes: "Remove `hostIPC: true` and enforce the baseline Pod Security level on the namespace." }],
  ["5.2.5", M, "high", "Minimize the admission of containers wishing to share the host network namespace", "Host networking bypasses network policies and exposes node-local services.", { kubernetes: "Remove `hostNetwork: true` and enforce the baseline Pod Security level on the namespace." }],
  ["5.2.6", M, "high", "Minimize the admission of containers with allowPrivilegeEscalation", "Privilege escalation lets a process gain more rights than its parent, e.g. through setuid binaries.", { kubernetes: "Set `allowPrivilegeEscalation: false` on every container and enforce the restricted Pod Security level." }],
  ["5.2.7", M, "medium", "Minimize the admission of root containers", "Root in a container is one kernel bug away from root on the node.", { kubernetes: "Set `runAsNonRoot: true` (and a non-zero runAsUser) and enforce the restricted Pod Security level." }],
  ["5.2.8", M, "medium", "Minimize the admission of containers with the NET_RAW capability", "NET_RAW allows packet spoofing and ARP or DNS attacks on the pod network.", { kubernetes: "Drop ALL capabilities (`capabilities.drop: [ALL]`) and enforce the restricted Pod Security level." }],
  ["5.2.9", M, "medium", "Minimize the admission of containers with added capabilities", "Added capabilities widen what a container can do to the kernel.", { kubernetes: "Remove `capabilities.add` entries (NET_BIND_SERVICE is the only one restricted allows)." }],
  ["5.2.10", M, "low", "Minimize the admission of containers with capabilities assigned", "Containers should drop every capability they do not need.", { kubernetes: "Set `capabilities.drop: [ALL]` on every container and add back only what is needed." }],
  ["5.2.11", M, "high", "Minimize the admission of Windows HostProcess containers", "Windows HostProcess containers run with full access to the Windows host.", { kubernetes: "Remove `windowsOptions.hostProcess: true` and enforce the baseline Pod Security level." }],
  ["5.2.12", M, "high", "Minimize the admission of HostPath volumes", "HostPath volumes expose the node's filesystem to the container.", { kubernetes: "Replace hostPath volumes with PVCs, emptyDir or projected volumes and enforce the baseline Pod Security level." }],
  ["5.2.13", M, "medium", "Minimize the admission of containers which use HostPorts", "Host ports bind to the node's interfaces and bypass network policies.", { kubernetes: "Remove `hostPort` and expose the pod through a Service instead." }],
  ["5.3.1", M, "high", "CNI in use supports NetworkPolicies", "A CNI that does not enforce NetworkPolicies silently ignores them.", { kubernetes: "Run a CNI that enforces NetworkPolicies (Cilium, Calico, Antrea, kube-router) or add a policy engine beside the current one (e.g. Calico policy-only with Flannel).", talos: "Set cluster.network.cni.name: none and install Cilium or Calico, or add a NetworkPolicy engine beside Flannel." }],
  ["5.3.2", M, "high", "All Namespaces have NetworkPolicies defined", "A namespace without a NetworkPolicy accepts traffic from every pod in the cluster.", { kubernetes: "Add a default-deny NetworkPolicy (`podSelector: {}`, policyTypes Ingress and Egress) to each namespace, then allow what is needed." }],
  ["5.4.1", M, "medium", "Prefer using Secrets as files over Secrets as environment variables", "Secrets in environment variables leak into logs, crash dumps and child processes.", { kubernetes: "Mount Secrets as volumes instead of `env[].valueFrom.secretKeyRef` / `envFrom.secretRef`." }],
  ["5.4.2", M, "low", "Consider external secret storage", "An external store adds rotation, auditing and access control beyond etcd.", { kubernetes: "Use an external secret manager (Vault, cloud KMS secret stores) through External Secrets Operator or the Secrets Store CSI driver." }],
  ["5.5.1", M, "medium", "Configure Image Provenance using ImagePolicyWebhook admission controller", "Only images from trusted sources with verified signatures should run.", { kubernetes: "Verify image signatures at admission: Kyverno verifyImages, Sigstore policy-controller ClusterImagePolicy, or the ImagePolicyWebhook plugin." }],
  ["5.7.1", M, "low", "Create administrative boundaries between resources using namespaces", "Namespaces are the unit for RBAC, quotas, policies and network isolation.", { kubernetes: "Give each team and application its own namespace with its own RoleBindings, quotas and policies." }],
  ["5.7.2", M, "medium", "Seccomp profile is set to docker/default in your Pod definitions", "The runtime's default seccomp profile blocks dangerous system calls.", { kubernetes: "Set `securityContext.seccompProfile.type: RuntimeDefault` on pods, or enable seccompDefault on every kubelet.", talos: "Talos enables the kubelet's seccompDefault (machine.kubelet.defaultRuntimeSeccompProfileEnabled: true); keep it on." }],
  ["5.7.3", M, "medium", "Apply SecurityContext to your Pods and Containers", "Security contexts make a container's privileges explicit and minimal.", { kubernetes: "Set runAsNonRoot, allowPrivilegeEscalation: false, readOnlyRootFilesystem, seccompProfile and capabilities.drop [ALL] on every workload." }],
  ["5.7.4", M, "low", "The default namespace should not be used", "Objects in the default namespace escape the per-team boundaries that policies are built on.", { kubernetes: "Move workloads out of the default namespace and deny new ones there (e.g. a ValidatingAdmissionPolicy or ResourceQuota of zero pods)." }],
];

const COMPONENT_MANIFEST: Record<FlagComponent, string> = {
  apiServer: "kube-apiserver",
  controllerManager: "kube-controller-manager",
  scheduler: "kube-scheduler",
};

function sectionOf(id: string): string {
  const parts = id.split(".");
  return parts[0] === "2" ? "2" : `${parts[0]}.${parts[1]}`;
}

function remediationFor(fix: Fix): Remediation {
  if ("file" in fix) {
    const command = /^\d+$/.test(fix.want) ? `chmod ${fix.want}` : `chown ${fix.want}`;
    const where = fix.isWorker ? "every node" : "every control-plane node";
    return {
      talos: `Nothing to change: ${fix.talos}. The root filesystem is read-only and there is no shell or SSH; changes go only through the mTLS Talos API.`,
      kubeadm: `Run \`${command} ${fix.file}\` on ${where}.`,
      managed: fix.isWorker
        ? `Run \`${command} ${fix.file}\` through the node image or bootstrap script, where the provider allows node access.`
        : "Not applicable: the provider owns the control-plane hosts.",
    };
  }
  if ("component" in fix && "flags" in fix) {
    const binary = COMPONENT_MANIFEST[fix.component];
    const removed = Object.keys(fix.flags).filter((flag) => fix.flags[flag] === null);
    if (removed.length > 0) {
      const names = removed.map((flag) => `--${flag}`).join(", ");
      return {
        talos: `${fix.talos ? `${fix.talos}\n` : ""}Remove ${removed.join(", ")} from cluster.${fix.component}.extraArgs in the machine config.`,
        kubeadm: `Remove ${names} from ${MANIFESTS}/${binary}.yaml on every control-plane node (and from the kubeadm ClusterConfiguration ${fix.component}.extraArgs).`,
        managed: `Not configurable: the provider runs ${binary}.`,
      };
    }
    const patch = Object.entries(fix.flags)
      .map(([flag, value]) => `      ${flag}: ${JSON.stringify(value)}`)
      .join("\n");
    const kubeadm = Object.entries(fix.flags)
      .map(([flag, value]) => `set --${flag}=${value}`)
      .join(", ");
    return {
      talos: `${fix.talos ? `${fix.talos}\n` : ""}Machine-config patch:\ncluster:\n  ${fix.component}:\n    extraArgs:\n${patch}`,
      kubeadm: `In ${MANIFESTS}/${binary}.yaml on every control-plane node ${kubeadm} (and in the kubeadm ClusterConfiguration ${fix.component}.extraArgs, so upgrades keep it).`,
      managed: `Not configurable: the provider runs ${binary}.`,
    };
  }
  if ("etcd" in fix) {
    return {
      talos:
        "Nothing to change: Talos runs etcd as a machined service and always sets its TLS and client-certificate flags (cluster.etcd.extraArgs cannot override them).",
      kubeadm: `In ${MANIFESTS}/etcd.yaml on every control-plane node set ${fix.etcd}.`,
      managed: "Not configurable: the provider runs etcd.",
    };
  }
  if ("kubelet" in fix) {
    const path = fix.kubelet.split(".");
    const patch = path.map((key, depth) => `${"  ".repeat(depth + 3)}${key}:`).join("\n");
    return {
      talos: `Machine-config patch:\nmachine:\n  kubelet:\n    extraConfig:\n${patch} ${fix.value}`,
      kubeadm: `Set \`${fix.kubelet}: ${fix.value}\` in /var/lib/kubelet/config.yaml on every node (and in the kubeadm KubeletConfiguration for new nodes), then restart the kubelet.`,
      managed: `Set \`${fix.kubelet}: ${fix.value}\` in the node pool's kubelet configuration where the provider allows it; otherwise it is not configurable.`,
    };
  }
  return fix;
}

const NAMESPACE_SCOPED = new Set(["5.1.5", "5.1.6", "5.3.2", "5.7.4"]);

function scopeOf(id: string): CheckScope {
  if (NAMESPACE_SCOPED.has(id) || (id.startsWith("5.2.") && id !== "5.2.1")) return "namespace";
  if (id.startsWith("1.") || id.startsWith("2.") || id.startsWith("3.2.") || id.startsWith("4.")) return "node";
  return "cluster";
}

const EVIDENCE: Record<string, string[]> = {
  "1.1": ["Talos node facts: version, StaticPods, services, kubelet flags", "kubeadm: not readable through the API"],
  "1.2": ["Talos StaticPod kube-apiserver flags", "kube-system kube-apiserver mirror pod flags"],
  "1.3": ["Talos StaticPod kube-controller-manager flags", "kube-system kube-controller-manager mirror pod flags"],
  "1.4": ["Talos StaticPod kube-scheduler flags", "kube-system kube-scheduler mirror pod flags"],
  "2": ["kube-system etcd mirror pod flags", "Talos etcd service, members and status"],
  "3.1": ["kube-apiserver flags", "RBAC bindings"],
  "3.2": ["kube-apiserver flags", "Talos AuditPolicyConfig (os:admin)"],
  "4.1": ["Talos node facts: services, KubeletSpec flags", "kubeadm and managed: not readable through the API"],
  "4.2": ["Talos KubeletSpec flags and configuration", "kubelet configz per node"],
  "4.3": ["kube-proxy DaemonSet command line"],
  "5.1": ["Roles, ClusterRoles, RoleBindings, ClusterRoleBindings", "ServiceAccounts and pods"],
  "5.2": [
    "Pods (all containers)",
    "Namespace Pod Security labels",
    "Talos AdmissionControlConfig",
    "admission policies",
  ],
  "5.3": ["NetworkPolicies", "CNI DaemonSets"],
  "5.4": ["CRDs of secret stores"],
  "5.5": ["Kyverno, Sigstore and ImagePolicyWebhook configuration"],
  "5.7": ["Namespaces, pods and kubelet seccompDefault"],
};

/** The cis checks' definitions (id, title, rationale, remediation per platform, severity, scope, evidence). */
export const CIS_CHECKS: CheckDefinition[] = ROWS.map(([id, automated, severity, title, rationale, fix]) => {
  const section = sectionOf(id);
  return {
    id: `cis.${id}`,
    group: "cis",
    title,
    rationale,
    severity,
    scope: scopeOf(id),
    evidence: EVIDENCE[section] ?? [],
    remediation: remediationFor(fix) satisfies Partial<Record<Platform | "kubernetes", string>>,
    cis: { id, automated, section: `${section} ${SECTIONS[section] ?? ""}`.trim() },
  };
});
