/** Talos API roles (pkg/machinery/role); a client certificate carries them as Subject O values. */
export const TALOS_ROLES = [
  "os:admin",
  "os:operator",
  "os:reader",
  "os:etcd:backup",
  "os:image:verifier",
  "os:meta:writer",
  "os:impersonator",
] as const;

const READ = ["os:admin", "os:operator", "os:reader"];
const ETCD_READ = [...READ, "os:etcd:backup"];

/** machined's RBAC rules for the methods the simulator serves (reference §2.2, §2.3). */
const METHOD_ROLES: Record<string, readonly string[]> = {
  "/machine.MachineService/Version": READ,
  "/machine.MachineService/ServiceList": READ,
  "/machine.MachineService/Hostname": READ,
  "/machine.MachineService/EtcdMemberList": ETCD_READ,
  "/machine.MachineService/EtcdStatus": ETCD_READ,
  "/cosi.resource.State/Get": READ,
  "/cosi.resource.State/List": READ,
};

/**
 * The roles of a certificate's Organization values, as role.Parse reads them: trimmed, empty
 * values skipped; unknown values are kept but grant nothing.
 */
export function parseTalosRoles(organizations: readonly string[]): Set<string> {
  return new Set(organizations.map((value) => value.trim()).filter((value) => value !== ""));
}

/** Whether any of the caller's roles may call the method; methods without a rule fall back to os:admin. */
export function isMethodAllowed({ method, roles }: { method: string; roles: ReadonlySet<string> }): boolean {
  const allowed = METHOD_ROLES[method] ?? ["os:admin"];
  return allowed.some((role) => roles.has(role));
}
