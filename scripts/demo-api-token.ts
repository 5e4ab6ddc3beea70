import { spawn } from "node:child_process";
import { z } from "zod";
import { expectOk, type ApiRequest } from "./demo-api-client";

const TOKEN_PATTERN = /^lotse_\S+$/;

/**
 * Creates an admin API token with Lotse's own CLI (`npm run lotse -- token create`), against the
 * database of the running Lotse (the CLI finds it through `LOTSE_DATA_DIR` or `DATABASE_URL` in `env`).
 */
export function createAdminToken({ name, env }: { name: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/lotse-cli.ts", "token", "create", "--name", name, "--role", "admin"],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      // Other lines (e.g. the audit log in JSON) may come before the token.
      const token = stdout
        .split("\n")
        .map((line) => line.trim())
        .find((line) => TOKEN_PATTERN.test(line));
      if (code === 0 && token) resolve(token);
      else reject(new Error(`the CLI could not create an API token (exit ${code}): ${stderr.trim() || stdout.trim()}`));
    });
  });
}

const tokenListSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), revokedAt: z.string().nullable() })),
});

/** Revokes the demo's token by name through the API (the token revokes itself; later calls get 401). */
export async function revokeTokenByName({ api, name }: { api: ApiRequest; name: string }): Promise<void> {
  const { items } = expectOk({
    response: await api({ method: "GET", path: "/api/v1/tokens" }),
    schema: tokenListSchema,
    what: "listing API tokens",
  });
  for (const item of items.filter((token) => token.name === name && token.revokedAt === null)) {
    expectOk({
      response: await api({ method: "DELETE", path: `/api/v1/tokens/${item.id}` }),
      schema: z.unknown(),
      what: `revoking API token "${name}"`,
    });
  }
}
