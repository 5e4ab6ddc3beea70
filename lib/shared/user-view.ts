import type { Role } from "./roles";

/** A user as the API lists it (never the password hash). */
export interface UserView {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** "credentials" (password) or "oidc" (single sign-on; no password to reset) */
  provider: string;
  isDisabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

// Mirrors MIN_PASSWORD_LENGTH in lib/server/auth/hash-password.ts so forms can hint before submitting;
// the server stays the authority.
export const MIN_PASSWORD_LENGTH = 12;
