import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEncryptionKeys } from "./load-encryption-keys";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "lotse-keys-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const idOf = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 16);

describe("loadEncryptionKeys", () => {
  it("uses LOTSE_ENCRYPTION_KEY and does not create a key file", async () => {
    const key = randomBytes(32);
    const keys = await loadEncryptionKeys({ dataDir, env: { LOTSE_ENCRYPTION_KEY: key.toString("base64") } });
    expect(keys.current).toEqual({ id: idOf(key), key });
    expect([...keys.byId.keys()]).toEqual([idOf(key)]);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it.each([
    ["16 bytes", randomBytes(16).toString("base64"), /decodes to 16 bytes; it must be base64 of exactly 32/],
    ["64 bytes", randomBytes(64).toString("base64"), /decodes to 64 bytes/],
    ["not base64", "this is not a key!", /is not valid base64/],
  ])("refuses a LOTSE_ENCRYPTION_KEY of %s without echoing it", async (_what, value, message) => {
    const error = await loadEncryptionKeys({ dataDir, env: { LOTSE_ENCRYPTION_KEY: value } }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^LOTSE_ENCRYPTION_KEY /);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(value);
  });

  it("accepts previous keys for decryption", async () => {
    const [current, old1, old2] = [randomBytes(32), randomBytes(32), randomBytes(32)];
    const env = {
      LOTSE_ENCRYPTION_KEY: current.toString("base64"),
      LOTSE_ENCRYPTION_KEYS_PREVIOUS: ` ${old1.toString("base64")}, ${old2.toString("base64")} ,`,
    };
    const keys = await loadEncryptionKeys({ dataDir, env });
    expect(keys.current.id).toBe(idOf(current));
    expect(new Set(keys.byId.keys())).toEqual(new Set([idOf(current), idOf(old1), idOf(old2)]));
    expect(keys.byId.get(idOf(old2))).toEqual(old2);
  });

  it("refuses a bad previous key, naming its position", async () => {
    const env = {
      LOTSE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      LOTSE_ENCRYPTION_KEYS_PREVIOUS: `${randomBytes(32).toString("base64")},abc`,
    };
    await expect(loadEncryptionKeys({ dataDir, env })).rejects.toThrow(/^LOTSE_ENCRYPTION_KEYS_PREVIOUS entry 2 /);
  });

  it("creates <dataDir>/encryption.key with mode 0600 when no key is configured, and reuses it", async () => {
    const first = await loadEncryptionKeys({ dataDir, env: {} });
    const file = path.join(dataDir, "encryption.key");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file, "utf8")).trim(), "base64")).toEqual(first.current.key);
    const second = await loadEncryptionKeys({ dataDir, env: { LOTSE_ENCRYPTION_KEY: "" } });
    expect(second.current).toEqual(first.current);
    expect(await readdir(dataDir)).toEqual(["encryption.key"]);
  });

  it("creates the data directory if needed", async () => {
    const nested = path.join(dataDir, "a", "b");
    await loadEncryptionKeys({ dataDir: nested, env: {} });
    expect((await stat(path.join(nested, "encryption.key"))).isFile()).toBe(true);
  });

  it("agrees on one key when several processes start at once", async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => loadEncryptionKeys({ dataDir, env: {} })));
    expect(new Set(all.map((keys) => keys.current.id)).size).toBe(1);
    expect(await readdir(dataDir)).toEqual(["encryption.key"]);
  });

  it("keeps accepting the generated key file after LOTSE_ENCRYPTION_KEY is set", async () => {
    const generated = await loadEncryptionKeys({ dataDir, env: {} });
    const configured = randomBytes(32);
    const keys = await loadEncryptionKeys({ dataDir, env: { LOTSE_ENCRYPTION_KEY: configured.toString("base64") } });
    expect(keys.current.id).toBe(idOf(configured));
    expect(keys.byId.get(generated.current.id)).toEqual(generated.current.key);
  });

  it("refuses a corrupt key file with a message naming the file", async () => {
    await writeFile(path.join(dataDir, "encryption.key"), "short\n", { mode: 0o600 });
    await expect(loadEncryptionKeys({ dataDir, env: {} })).rejects.toThrow(/The key file .*encryption\.key .*32/);
  });
});
