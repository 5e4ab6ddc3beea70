// Test helper: runs `fn` and returns the CredentialError it throws (fails the test otherwise).
import { CredentialError } from "../credential-error";

export function catchCredentialError(fn: () => unknown): CredentialError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CredentialError) return error;
    throw new Error(`expected a CredentialError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected a CredentialError, but nothing was thrown");
}
