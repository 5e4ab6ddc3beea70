import { Alert } from "@/components/ui/alert";
import { CopyField } from "@/components/ui/copy-field";

/** The new token's plaintext, once. Dismissing it forgets it (it is only in this component's props). */
export function TokenReveal({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  return (
    <section className="card card-body stack-sm" aria-labelledby="token-reveal-title" style={{ gap: 16 }}>
      <h2 id="token-reveal-title">Token “{name}” created</h2>
      <Alert tone="warning" isLive title="Copy it now — you will not see it again">
        Lotse stores only a hash. If the token is lost, revoke it and create a new one. Send it as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>.
      </Alert>
      <CopyField id="new-token" label="New API token" value={token} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </section>
  );
}
