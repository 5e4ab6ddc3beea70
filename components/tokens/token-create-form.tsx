"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field } from "@/components/ui/field";
import { RoleSelect, roleHint } from "@/components/ui/role-select";
import type { Role } from "@/lib/shared/roles";

/** Name + role for a new API token. Presentational: the container runs the mutation. */
export function TokenCreateForm({
  isPending,
  error,
  onCreate,
}: {
  isPending: boolean;
  error: string | null;
  onCreate: (input: { name: string; role: Role }) => Promise<boolean>;
}) {
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onCreate({ name: name.trim(), role })) setName("");
  }

  return (
    <form
      className="stack-sm"
      style={{ gap: 16 }}
      onSubmit={(event) => void submit(event)}
      aria-label="Create API token"
    >
      <div className="form-grid">
        <Field id="token-name" label="Name" hint="What uses it, e.g. ci-pipeline or grafana.">
          <input
            id="token-name"
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={100}
            autoComplete="off"
            aria-describedby={describedBy({ id: "token-name", hasHint: true })}
          />
        </Field>
        <Field id="token-role" label="Role" hint={roleHint(role)}>
          <RoleSelect id="token-role" value={role} onChange={setRole} describedBy="token-role-hint" />
        </Field>
      </div>
      {role === "admin" ? (
        <Alert tone="warning">
          An admin token can change credentials, users and tokens. Prefer the narrowest role that works.
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="danger" isLive title="The token was not created">
          {error}
        </Alert>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={isPending || name.trim() === ""}>
          {isPending ? "Creating…" : "Create token"}
        </button>
      </div>
    </form>
  );
}
