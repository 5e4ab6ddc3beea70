import type { CheckEvaluator } from "../../evaluator-types";
import { credentialExpiryEvaluator } from "./evaluate-credential-expiry";

/** Credential hygiene (see lib/catalog/checks/credential-checks.ts). */
export const CREDENTIAL_EVALUATORS: CheckEvaluator[] = [credentialExpiryEvaluator];
