import { readFile } from "node:fs/promises";
import { verifyEvidencePack } from "./verify-evidence-pack";

/**
 * `lotse evidence verify <pack.zip> [--public-key FILE]`: needs no database. Returns the report to
 * print and the exit code (0 valid, 1 not valid).
 */
export async function runVerifyCommand({
  zipPath,
  publicKeyFile,
}: {
  zipPath: string;
  publicKeyFile?: string;
}): Promise<{ output: string; exitCode: 0 | 1 }> {
  const publicKeyPem = publicKeyFile ? await readFile(publicKeyFile, "utf8") : undefined;
  const result = await verifyEvidencePack({ zipPath, publicKeyPem });
  const lines = result.checks.map((check) => `${check.isOk ? "ok  " : "FAIL"}  ${check.name}: ${check.detail}`);
  if (!publicKeyFile) {
    lines.push("note  no --public-key given: the signature was checked with the key inside the pack;");
    lines.push("      compare its fingerprint with GET /api/v1/evidence/public-key of your Lotse server.");
  }
  lines.push(
    "",
    result.isValid
      ? `VALID: ${zipPath} is intact and signed by the key above.`
      : `NOT VALID: ${zipPath} was altered, is incomplete, or was signed by another key.`,
  );
  return { output: lines.join("\n"), exitCode: result.isValid ? 0 : 1 };
}
