import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_EMAIL, DEMO_ADMIN_FILE, resolveDemoSignIn } from "./demo-sign-in";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "lotse-demo-sign-in-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("resolveDemoSignIn", () => {
  it("generates the demo admin once, keeps it owner-readable, and prints the same sign-in on the next run", async () => {
    const first = await resolveDemoSignIn({ dataDir, hasExistingDatabase: false });
    if (first.passwordSource !== "file") throw new Error(`expected a generated password, got ${first.passwordSource}`);
    expect(first.email).toBe(DEMO_ADMIN_EMAIL);
    expect(first.password.length).toBeGreaterThanOrEqual(12);
    expect(statSync(path.join(dataDir, DEMO_ADMIN_FILE)).mode & 0o777).toBe(0o600);

    const second = await resolveDemoSignIn({ dataDir, hasExistingDatabase: false });
    expect(second).toEqual(first);
  });

  it("uses LOTSE_ADMIN_EMAIL / LOTSE_ADMIN_PASSWORD when given and writes no password file", async () => {
    const signIn = await resolveDemoSignIn({
      dataDir,
      email: "ops@example.org",
      password: "correct horse battery",
      hasExistingDatabase: false,
    });
    expect(signIn).toMatchObject({
      email: "ops@example.org",
      password: "correct horse battery",
      passwordSource: "environment",
    });
    expect(existsSync(path.join(dataDir, DEMO_ADMIN_FILE))).toBe(false);
  });

  it("pairs a LOTSE_ADMIN_EMAIL without password with the stored demo password", async () => {
    const stored = await resolveDemoSignIn({ dataDir, hasExistingDatabase: false });
    if (stored.passwordSource !== "file") throw new Error("expected a generated password");
    const signIn = await resolveDemoSignIn({ dataDir, email: "ops@example.org", hasExistingDatabase: true });
    expect(signIn).toMatchObject({ email: "ops@example.org", password: stored.password, passwordSource: "file" });
  });

  it("does not make up a password for a database whose first admin was created without the demo file", async () => {
    const signIn = await resolveDemoSignIn({ dataDir, hasExistingDatabase: true });
    expect(signIn).toEqual({ email: DEMO_ADMIN_EMAIL, passwordSource: "unknown" });
    expect(existsSync(path.join(dataDir, DEMO_ADMIN_FILE))).toBe(false);
  });
});
