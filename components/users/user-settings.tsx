"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import type { CreateUserInput, UpdateUserInput } from "@/lib/client/users/fetch-users";
import { useCreateUser } from "@/lib/client/users/use-create-user";
import { useUpdateUser } from "@/lib/client/users/use-update-user";
import { useUsers } from "@/lib/client/users/use-users";
import { MIN_PASSWORD_LENGTH, type UserView } from "@/lib/shared/user-view";
import { PasswordInput } from "./password-input";
import { UserCreateForm } from "./user-create-form";
import { UserTable } from "./user-table";

type Pending = { kind: "disable"; user: UserView } | { kind: "password"; user: UserView } | null;

/** Settings → Users: add, change role, disable/enable, reset password. */
export function UserSettings({ currentEmail }: { currentEmail: string }) {
  const users = useUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [feedback, setFeedback] = useState<{ tone: "ok" | "danger"; text: string } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [newPassword, setNewPassword] = useState("");

  async function onCreate(input: CreateUserInput): Promise<boolean> {
    try {
      const user = await create.mutateAsync(input);
      setFeedback({ tone: "ok", text: `${user.email} was added as ${user.role}.` });
      return true;
    } catch {
      return false;
    }
  }

  async function apply(user: UserView, input: UpdateUserInput, success: string): Promise<void> {
    setFeedback(null);
    try {
      await update.mutateAsync({ id: user.id, input });
      setFeedback({ tone: "ok", text: success });
      setPending(null);
    } catch (error) {
      const text = error instanceof Error ? error.message : "The change failed.";
      if (pending) return; // the dialog shows the error itself
      setFeedback({ tone: "danger", text: `${user.email}: ${text}` });
    }
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="add-user-title">
        <div className="card-header">
          <h2 id="add-user-title">Add a user</h2>
          <p>
            Password users sign in with e-mail and password; single sign-on users appear here after their first sign-in.
          </p>
        </div>
        <div className="card-body">
          <UserCreateForm isPending={create.isPending} error={create.error?.message ?? null} onCreate={onCreate} />
        </div>
      </section>
      <section aria-labelledby="users-title" className="stack-sm">
        <h2 id="users-title">Users</h2>
        <div aria-live="polite">{feedback ? <Alert tone={feedback.tone}>{feedback.text}</Alert> : null}</div>
        {users.isPending ? (
          <LoadingState label="Loading users…" />
        ) : users.isError ? (
          <ErrorState title="Users could not be loaded" error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UserTable
            users={users.data}
            currentEmail={currentEmail}
            busyUserId={update.isPending ? (update.variables?.id ?? null) : null}
            actions={{
              onChangeRole: (user, role) => void apply(user, { role }, `${user.email} is now ${role}.`),
              onToggleDisabled: (user) => {
                update.reset();
                if (user.isDisabled) void apply(user, { isDisabled: false }, `${user.email} can sign in again.`);
                else setPending({ kind: "disable", user });
              },
              onResetPassword: (user) => {
                update.reset();
                setNewPassword("");
                setPending({ kind: "password", user });
              },
            }}
          />
        )}
      </section>
      <ConfirmDialog
        isOpen={pending?.kind === "disable"}
        title={`Disable ${pending?.user.email ?? ""}?`}
        confirmLabel="Disable user"
        isDanger
        isPending={update.isPending}
        error={pending?.kind === "disable" ? (update.error?.message ?? null) : null}
        onCancel={() => setPending(null)}
        onConfirm={() =>
          pending && void apply(pending.user, { isDisabled: true }, `${pending.user.email} is disabled.`)
        }
      >
        <p>They are signed out at once and cannot sign in until enabled again. Their audit history stays.</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={pending?.kind === "password"}
        title={`Reset password of ${pending?.user.email ?? ""}`}
        confirmLabel="Set password"
        isPending={update.isPending}
        isConfirmDisabled={newPassword.length < MIN_PASSWORD_LENGTH}
        error={pending?.kind === "password" ? (update.error?.message ?? null) : null}
        onCancel={() => setPending(null)}
        onConfirm={() =>
          pending &&
          void apply(
            pending.user,
            { password: newPassword },
            `New password set for ${pending.user.email}; their sessions were ended.`,
          )
        }
      >
        <div className="stack-sm">
          <p>Their current sessions end. Pass the new password on privately.</p>
          <PasswordInput id="reset-password" label="New password" value={newPassword} onChange={setNewPassword} />
        </div>
      </ConfirmDialog>
    </div>
  );
}
