import type { CheckEvaluator } from "../../evaluator-types";
import { anonymousRbacEvaluator } from "./evaluate-anonymous-rbac";
import { apiServerAccessEvaluator } from "./evaluate-api-server-access";
import { auditLoggingEvaluator } from "./evaluate-audit-logging";
import { etcdBackupEvaluator } from "./evaluate-etcd-backup";
import { imagePolicyEvaluator } from "./evaluate-image-policy";
import { immutabilityEvaluator } from "./evaluate-immutability";
import { networkPoliciesEvaluator } from "./evaluate-network-policies";
import { podSecurityEvaluator } from "./evaluate-pod-security";
import { secretsEncryptionEvaluator } from "./evaluate-secrets-encryption";
import { versionsEvaluator } from "./evaluate-versions";

/** One evaluator per seed check (see lib/catalog/checks/seed-checks.ts for their definitions). */
export const SEED_EVALUATORS: CheckEvaluator[] = [
  apiServerAccessEvaluator,
  podSecurityEvaluator,
  secretsEncryptionEvaluator,
  auditLoggingEvaluator,
  networkPoliciesEvaluator,
  anonymousRbacEvaluator,
  imagePolicyEvaluator,
  versionsEvaluator,
  immutabilityEvaluator,
  etcdBackupEvaluator,
];
