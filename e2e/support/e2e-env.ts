import path from "node:path";
import { tmpdir } from "node:os";

// One Lotse instance for the whole e2e run: its own data directory, port and embedded PostgreSQL.
export const E2E_PORT = Number(process.env.LOTSE_E2E_PORT ?? 3210);
export const E2E_DB_PORT = Number(process.env.LOTSE_E2E_DB_PORT ?? 54399);
export const E2E_ROOT = path.join(tmpdir(), `lotse-e2e-${E2E_PORT}`);
export const E2E_DATA_DIR = path.join(E2E_ROOT, "data");
export const E2E_STATE_FILE = path.join(E2E_ROOT, "server.json");
export const E2E_NEXT_DIR = process.env.LOTSE_NEXT_DIR ?? ".next-e2e";
/** Per-role logins, per server (a parallel run on another port has its own sessions). */
export const AUTH_DIR = path.join(E2E_ROOT, "auth");

export const USERS = {
  admin: { email: "admin@e2e.lotse.test", password: "e2e-admin-password-1" },
  engineer: { email: "engineer@e2e.lotse.test", password: "e2e-engineer-password-1" },
  auditor: { email: "auditor@e2e.lotse.test", password: "e2e-auditor-password-1" },
  viewer: { email: "viewer@e2e.lotse.test", password: "e2e-viewer-password-1" },
} as const;

export type E2eRole = keyof typeof USERS;

export function storageStatePath(role: E2eRole): string {
  return path.join(AUTH_DIR, `${role}.json`);
}
