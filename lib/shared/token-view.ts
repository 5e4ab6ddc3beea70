import type { Role } from "./roles";

/** An API token as the API lists it: metadata only, never the secret or its hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  /** e-mail of the creator; null for tokens made with the CLI or whose creator was removed */
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** POST /api/v1/tokens answer: the plaintext token appears here once and nowhere else. */
export interface CreatedApiTokenView {
  token: string;
  item: ApiTokenView;
}
