import { ErrorState } from "@/components/ui/error-state";
import { Icon } from "@/components/ui/icon";
import { LoadingState } from "@/components/ui/loading-state";
import { groupFingerprint } from "@/lib/client/evidence/public-key-fingerprint";
import { PUBLIC_KEY_PATH } from "@/lib/client/evidence/fetch-evidence";
import styles from "./evidence.module.css";

const KEY_FILE = "lotse-evidence-public-key.pem";

/** The signing key's download and fingerprint, and how an auditor checks a pack with standard tools only. */
export function EvidencePublicKey({
  fingerprint,
  isPending,
  error,
  onRetry,
}: {
  fingerprint: string | null | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  return (
    <div className="stack">
      <div className="stack-sm">
        <h3>Signing key</h3>
        <p className="muted">
          Every pack&apos;s <code>manifest.json</code> is signed with Lotse&apos;s Ed25519 evidence key. Keep a copy of
          the public key apart from the packs, and compare its fingerprint with the one printed in each pack&apos;s
          summary.
        </p>
        {error ? (
          <ErrorState title="The public key could not be read" error={error} onRetry={onRetry} />
        ) : isPending ? (
          <LoadingState label="Reading the public key…" rows={1} />
        ) : (
          <dl className="dl">
            <dt>Fingerprint (SHA-256 of the DER key)</dt>
            <dd className={styles.fingerprint} data-fingerprint={fingerprint ?? ""}>
              {fingerprint ? groupFingerprint(fingerprint) : "The key could not be read as a PEM public key."}
            </dd>
          </dl>
        )}
        <div className="row">
          <a className="btn" href={PUBLIC_KEY_PATH} download={KEY_FILE}>
            <Icon name="key" />
            Download public key
          </a>
        </div>
      </div>
      <div className="stack-sm">
        <h3>How to verify a pack</h3>
        <ol className={styles.steps}>
          <li>
            Confirm the key: this prints the fingerprint above, which each pack also prints in its summary.
            <pre className={styles.code}>{`openssl pkey -pubin -in ${KEY_FILE} -outform DER | sha256sum`}</pre>
          </li>
          <li>
            Unzip the pack and, inside its directory, check the signature of the manifest (prints{" "}
            <code>Signature Verified Successfully</code>):
            <pre
              className={styles.code}
            >{`openssl pkeyutl -verify -pubin -inkey ${KEY_FILE} -rawin -in manifest.json -sigfile manifest.sig`}</pre>
          </li>
          <li>
            Check the signature of <code>SHA256SUMS</code>, the list of every file&apos;s hash (prints the same):
            <pre
              className={styles.code}
            >{`openssl pkeyutl -verify -pubin -inkey ${KEY_FILE} -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig`}</pre>
          </li>
          <li>
            Check every file against its hash (each line must say <code>OK</code>):
            <pre className={styles.code}>sha256sum -c SHA256SUMS</pre>
          </li>
        </ol>
        <p className="muted">
          The pack&apos;s <code>VERIFY.md</code> gives the same steps, or let Lotse check everything at once:{" "}
          <code>npm run lotse -- evidence verify pack.zip --public-key {KEY_FILE}</code>.
        </p>
        <p className="muted">
          Packs are reproducible: the same scope over the same stored data gives the same manifest hash, so an auditor
          can regenerate a pack and compare.
        </p>
      </div>
    </div>
  );
}
