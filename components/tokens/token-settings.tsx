"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { useCreateToken } from "@/lib/client/tokens/use-create-token";
import { useRevokeToken } from "@/lib/client/tokens/use-revoke-token";
import { useTokens } from "@/lib/client/tokens/use-tokens";
import type { Role } from "@/lib/shared/roles";
import type { ApiTokenView } from "@/lib/shared/token-view";
import { TokenCreateForm } from "./token-create-form";
import { TokenReveal } from "./token-reveal";
import { TokenTable } from "./token-table";

/** Settings → API tokens: create (plaintext shown once), list, revoke. */
export function TokenSettings() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);

  async function onCreate(input: { name: string; role: Role }): Promise<boolean> {
    try {
      const result = await create.mutateAsync(input);
      setCreated({ name: result.item.name, token: result.token });
      return true;
    } catch {
      return false;
    }
  }

  return (
    <div className="stack">
      {created ? (
        <TokenReveal name={created.name} token={created.token} onDone={() => setCreated(null)} />
      ) : (
        <section className="card" aria-labelledby="create-token-title">
          <div className="card-header">
            <h2 id="create-token-title">Create a token</h2>
          </div>
          <div className="card-body">
            <TokenCreateForm isPending={create.isPending} error={create.error?.message ?? null} onCreate={onCreate} />
          </div>
        </section>
      )}
      <section aria-labelledby="tokens-title" className="stack-sm">
        <h2 id="tokens-title">Tokens</h2>
        {tokens.isPending ? (
          <LoadingState label="Loading tokens…" />
        ) : tokens.isError ? (
          <ErrorState title="Tokens could not be loaded" error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.length === 0 ? (
          <EmptyState icon="key" title="No API tokens">
            <p>
              Create one above, or on the server: <code>npm run lotse -- token create --name ci --role viewer</code>.
            </p>
          </EmptyState>
        ) : (
          <TokenTable
            tokens={tokens.data}
            onRevoke={(token) => {
              revoke.reset();
              setRevoking(token);
            }}
          />
        )}
      </section>
      <ConfirmDialog
        isOpen={revoking !== null}
        title={`Revoke token “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        isDanger
        isPending={revoke.isPending}
        error={revoke.error?.message ?? null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) });
        }}
      >
        <p>Anything using it is refused from the next request on. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
