import { hash, verify } from "@node-rs/argon2";

// OWASP-recommended argon2id parameters (19 MiB, 2 iterations, 1 lane). The package's `Algorithm`
// is an ambient const enum that verbatimModuleSyntax cannot import; 2 is its Argon2id member.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A fixed hash verified when the user does not exist, so both paths cost the same time.
let dummyHash: Promise<string> | undefined;

/** Constant-work verification: pass `null` when the user is unknown or has no password. */
export async function verifyPassword({ hash: stored, password }: { hash: string | null; password: string }) {
  if (!stored) {
    dummyHash ??= hashPassword("lotse-timing-equaliser");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
