import Link from "next/link";
import type { Role } from "@/lib/shared/roles";
import { Icon } from "./icon";

/** Shown instead of a page the signed-in role may not see; says why and who can. */
export function ForbiddenPanel({ role, allowed, what }: { role: Role; allowed: readonly Role[]; what: string }) {
  return (
    <section className="forbidden" aria-labelledby="forbidden-title">
      <span className="empty-state-icon">
        <Icon name="lock" size={22} />
      </span>
      <h1 id="forbidden-title">Your role ({role}) cannot see this page</h1>
      <p className="muted">
        {what} is available to {formatRoles(allowed)}. Ask an admin if you need access.
      </p>
      <Link className="btn" href="/">
        Back to Fleet
      </Link>
    </section>
  );
}

function formatRoles(roles: readonly Role[]): string {
  const names = roles.map((role) => `${role}s`);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
