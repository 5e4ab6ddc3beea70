import type { CheckDefinition } from "../catalog-types";
import { ANONYMOUS_RBAC_CHECK } from "./seed/anonymous-rbac";
import { API_SERVER_ACCESS_CHECK } from "./seed/api-server-access";
import { AUDIT_LOGGING_CHECK } from "./seed/audit-logging";
import { ETCD_BACKUP_CHECK } from "./seed/etcd-backup";
import { IMAGE_POLICY_CHECK } from "./seed/image-policy";
import { IMMUTABILITY_CHECK } from "./seed/immutability";
import { NETWORK_POLICIES_CHECK } from "./seed/network-policies";
import { POD_SECURITY_CHECK } from "./seed/pod-security";
import { SECRETS_ENCRYPTION_CHECK } from "./seed/secrets-encryption";
import { VERSIONS_CHECK } from "./seed/versions";

/** The ten seed checks of the TalosCon 2025 talk, in the talk's order (one file per check in ./seed). */
export const SEED_CHECKS: CheckDefinition[] = [
  API_SERVER_ACCESS_CHECK,
  POD_SECURITY_CHECK,
  SECRETS_ENCRYPTION_CHECK,
  AUDIT_LOGGING_CHECK,
  NETWORK_POLICIES_CHECK,
  ANONYMOUS_RBAC_CHECK,
  IMAGE_POLICY_CHECK,
  VERSIONS_CHECK,
  IMMUTABILITY_CHECK,
  ETCD_BACKUP_CHECK,
];
