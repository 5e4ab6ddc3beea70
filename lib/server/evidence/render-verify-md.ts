import { MANIFEST_PATH, PUBLIC_KEY_PATH, SIGNATURE_PATH, SUMS_PATH, SUMS_SIGNATURE_PATH } from "./pack-manifest";

/**
 * VERIFY.md: how an auditor checks the pack offline with `openssl` (3.x) and `sha256sum` and
 * nothing else (no text tools: SHA256SUMS carries its own signature, so no step has to pick a line
 * out of manifest.json). The commands are in one ```sh block that the integration test runs as written.
 */
export function renderVerifyMd({ fingerprint, asOf }: { fingerprint: string; asOf: string }): Buffer {
  return Buffer.from(
    `# Verifying this evidence pack

This pack was produced by Lotse and describes the fleet as of ${asOf}. Every file is listed with
its SHA-256 and size in \`${MANIFEST_PATH}\`, and \`${SIGNATURE_PATH}\` is an Ed25519 signature of
the exact bytes of \`${MANIFEST_PATH}\`. \`${SUMS_PATH}\` repeats the hashes in the format of
\`sha256sum -c\`, and \`${SUMS_SIGNATURE_PATH}\` is the same key's signature of it.

Signing key fingerprint (SHA-256 of the public key, DER):

    ${fingerprint}

Get the public key from your Lotse server (\`GET /api/v1/evidence/public-key\`) and check that its
fingerprint is the one above. \`${PUBLIC_KEY_PATH}\` in this pack is a copy for convenience; a
copy inside the pack proves nothing on its own.

Extract the pack with any unzip tool, change into its directory, then run (OpenSSL 3.0 or later,
and sha256sum from GNU coreutils; no other tool):

\`\`\`sh
set -e
# 1. The public key's fingerprint must be the one printed above (and in summary.pdf).
openssl pkey -pubin -in ${PUBLIC_KEY_PATH} -outform DER | sha256sum
# 2. The signature over ${MANIFEST_PATH}: prints "Signature Verified Successfully".
openssl pkeyutl -verify -pubin -inkey ${PUBLIC_KEY_PATH} -rawin -in ${MANIFEST_PATH} -sigfile ${SIGNATURE_PATH}
# 3. The signature over ${SUMS_PATH}, the list of hashes that step 4 checks: prints the same.
openssl pkeyutl -verify -pubin -inkey ${PUBLIC_KEY_PATH} -rawin -in ${SUMS_PATH} -sigfile ${SUMS_SIGNATURE_PATH}
# 4. Every file has the hash Lotse signed: each line must say OK.
sha256sum -c ${SUMS_PATH}
\`\`\`

Any failure means the pack was altered after signing (or signed by another key). A file that
\`${SUMS_PATH}\` does not list is not part of the evidence. Lotse can also check everything at
once, including that the manifest and \`${SUMS_PATH}\` agree and the zip container itself:
\`npm run lotse -- evidence verify pack.zip --public-key lotse-evidence-public-key.pem\`.

The same scope over the same stored data always yields byte-identical files, so a pack can be
regenerated on the server and compared.
`,
    "utf8",
  );
}
