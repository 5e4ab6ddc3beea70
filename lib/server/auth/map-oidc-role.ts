import { isRole, type Role } from "@/lib/shared/roles";

const ROLE_ORDER: Role[] = ["admin", "engineer", "auditor", "viewer"];

/**
 * Picks the strongest role granted by the identity provider's claim. `roleMap` is
 * `group=role,group=role` (e.g. `lotse-admins=admin,platform=engineer`). Returns null when no
 * group maps and there is no default, so the sign-in is refused rather than guessed.
 */
export function mapOidcRole({
  claimValue,
  roleMap,
  defaultRole,
}: {
  claimValue: unknown;
  roleMap: string;
  defaultRole?: string;
}): Role | null {
  const groups = Array.isArray(claimValue)
    ? claimValue.filter((value): value is string => typeof value === "string")
    : typeof claimValue === "string"
      ? [claimValue]
      : [];
  const mapping = new Map<string, Role>();
  for (const pair of roleMap.split(",")) {
    const [group, role] = pair.split("=").map((part) => part.trim());
    if (group && isRole(role)) mapping.set(group, role);
  }
  const granted = groups.map((group) => mapping.get(group)).filter((role): role is Role => Boolean(role));
  const best = ROLE_ORDER.find((role) => granted.includes(role));
  if (best) return best;
  return isRole(defaultRole) ? defaultRole : null;
}
