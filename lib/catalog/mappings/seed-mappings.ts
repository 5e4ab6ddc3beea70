import type { Mapping } from "../catalog-types";
import { ANONYMOUS_RBAC_MAPPINGS } from "./seed/anonymous-rbac";
import { API_SERVER_ACCESS_MAPPINGS } from "./seed/api-server-access";
import { AUDIT_LOGGING_MAPPINGS } from "./seed/audit-logging";
import { ETCD_BACKUP_MAPPINGS } from "./seed/etcd-backup";
import { IMAGE_POLICY_MAPPINGS } from "./seed/image-policy";
import { IMMUTABILITY_MAPPINGS } from "./seed/immutability";
import { NETWORK_POLICIES_MAPPINGS } from "./seed/network-policies";
import { POD_SECURITY_MAPPINGS } from "./seed/pod-security";
import { SECRETS_ENCRYPTION_MAPPINGS } from "./seed/secrets-encryption";
import { VERSIONS_MAPPINGS } from "./seed/versions";

/** The ten seed checks of the TalosCon 2025 talk, in the talk's order. */
export const SEED_CHECK_IDS = [
  "seed.api-server-access",
  "seed.pod-security",
  "seed.secrets-encryption",
  "seed.audit-logging",
  "seed.network-policies",
  "seed.anonymous-rbac",
  "seed.image-policy",
  "seed.versions",
  "seed.immutability",
  "seed.etcd-backup",
] as const;

/** The talk's mapping where it holds, its corrections, and the reference's proposed additions. */
export const SEED_MAPPINGS: Mapping[] = [
  ...API_SERVER_ACCESS_MAPPINGS,
  ...POD_SECURITY_MAPPINGS,
  ...SECRETS_ENCRYPTION_MAPPINGS,
  ...AUDIT_LOGGING_MAPPINGS,
  ...NETWORK_POLICIES_MAPPINGS,
  ...ANONYMOUS_RBAC_MAPPINGS,
  ...IMAGE_POLICY_MAPPINGS,
  ...VERSIONS_MAPPINGS,
  ...IMMUTABILITY_MAPPINGS,
  ...ETCD_BACKUP_MAPPINGS,
];
