"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field } from "@/components/ui/field";
import { RoleSelect, roleHint } from "@/components/ui/role-select";
import type { CreateUserInput } from "@/lib/client/users/fetch-users";
import type { Role } from "@/lib/shared/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/shared/user-view";
import { PasswordInput } from "./password-input";

/** E-mail, name, role and initial password for a new password user. */
export function UserCreateForm({
  isPending,
  error,
  onCreate,
}: {
  isPending: boolean;
  error: string | null;
  onCreate: (input: CreateUserInput) => Promise<boolean>;
}) {
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [password, setPassword] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: CreateUserInput = {
      email: email.trim(),
      role,
      password,
      ...(name.trim() ? { name: name.trim() } : {}),
    };
    if (await onCreate(input)) {
      setEmail("");
      setName("");
      setPassword("");
      setRole("viewer");
    }
  }

  return (
    <form className="stack-sm" style={{ gap: 16 }} onSubmit={(event) => void submit(event)} aria-label="Add user">
      <div className="form-grid">
        <Field id="user-email" label="E-mail">
          <input
            id="user-email"
            type="email"
            className="input"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
            maxLength={320}
            autoComplete="off"
          />
        </Field>
        <Field id="user-name" label="Name" isOptional>
          <input
            id="user-name"
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={200}
            autoComplete="off"
          />
        </Field>
        <Field id="user-role" label="Role" hint={roleHint(role)}>
          <RoleSelect
            id="user-role"
            value={role}
            onChange={setRole}
            describedBy={describedBy({ id: "user-role", hasHint: true })}
          />
        </Field>
      </div>
      <div style={{ maxWidth: 520 }}>
        <PasswordInput id="user-password" label="Initial password" value={password} onChange={setPassword} />
      </div>
      {error ? (
        <Alert tone="danger" isLive title="The user was not added">
          {error}
        </Alert>
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={isPending || email.trim() === "" || password.length < MIN_PASSWORD_LENGTH}
        >
          {isPending ? "Adding…" : "Add user"}
        </button>
      </div>
    </form>
  );
}
