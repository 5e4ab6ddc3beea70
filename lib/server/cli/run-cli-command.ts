import { isRole, ROLES } from "@/lib/shared/roles";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { revokeApiToken } from "@/lib/server/store/tokens/revoke-api-token";
import { recordAuditEvent } from "@/lib/server/store/audit/record-audit-event";
import { addUser } from "@/lib/server/users/add-user";
import { randomBytes } from "node:crypto";

export const CLI_USAGE = `Usage: npm run lotse -- <command> [options]

Commands:
  token create --name NAME --role ROLE    create an API token (printed once)
  token revoke --id ID                    revoke an API token
  user create --email EMAIL --role ROLE [--password PASSWORD]
                                          create a password user (a password is generated when omitted)

Roles: ${ROLES.join(", ")}`;

const CLI_ACTOR = { type: "system" as const, label: "cli" };

function requireOption(options: Record<string, unknown>, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") throw new Error(`--${name} is required.\n\n${CLI_USAGE}`);
  return value.trim();
}

function requireRole(options: Record<string, unknown>) {
  const role = requireOption(options, "role");
  if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(", ")}.`);
  return role;
}

/** Executes one CLI command and returns what to print. Throws with a user-facing message. */
export async function runCliCommand({
  args,
  options,
}: {
  args: string[];
  options: Record<string, unknown>;
}): Promise<string> {
  const [noun, verb] = args;
  if (noun === "token" && verb === "create") {
    const { token, item } = await issueApiToken({
      name: requireOption(options, "name"),
      role: requireRole(options),
      actor: CLI_ACTOR,
    });
    return `${token}\n\n(token "${item.name}", role ${item.role}; shown once — store it now)`;
  }
  if (noun === "token" && verb === "revoke") {
    const view = await revokeApiToken({ id: requireOption(options, "id") });
    await recordAuditEvent({
      actor: CLI_ACTOR,
      action: "token.revoke",
      outcome: "success",
      target: { type: "api-token", id: view.id },
      details: { name: view.name },
    });
    return `revoked token "${view.name}"`;
  }
  if (noun === "user" && verb === "create") {
    const password = typeof options.password === "string" ? options.password : randomBytes(15).toString("base64url");
    const user = await addUser({
      email: requireOption(options, "email"),
      role: requireRole(options),
      password,
      actor: CLI_ACTOR,
    });
    return options.password
      ? `created ${user.role} ${user.email}`
      : `created ${user.role} ${user.email} with password: ${password}`;
  }
  throw new Error(`unknown command "${args.join(" ")}".\n\n${CLI_USAGE}`);
}
