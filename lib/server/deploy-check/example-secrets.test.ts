// The example overlay's Secret holds placeholders; Lotse's own validation must refuse every one of
// them, so an unedited copy can never run with a guessable key or session secret.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeEncryptionKey } from "@/lib/server/credentials/decode-encryption-key";

function readEnvFile(file: string): Record<string, string> {
  const entries = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const);
  return Object.fromEntries(entries);
}

const placeholders = readEnvFile("deploy/overlays/example/lotse-secrets.env");

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the example Secret", () => {
  it("holds exactly the variables the Deployments read, and no first-admin password", () => {
    expect(Object.keys(placeholders).sort()).toEqual(["DATABASE_URL", "LOTSE_ENCRYPTION_KEY", "NEXTAUTH_SECRET"]);
  });

  it("is refused by Lotse's configuration check and key decoder until every value is replaced", async () => {
    for (const [name, value] of Object.entries(placeholders)) vi.stubEnv(name, value);
    const { readEnv } = await import("@/lib/server/config/read-env");
    expect(() => readEnv()).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL[\s\S]*NEXTAUTH_SECRET: must be at least 32/,
    );
    expect(() =>
      decodeEncryptionKey({ value: placeholders.LOTSE_ENCRYPTION_KEY!, source: "LOTSE_ENCRYPTION_KEY" }),
    ).toThrow(/LOTSE_ENCRYPTION_KEY/);
  });
});
