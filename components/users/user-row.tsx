"use client";

import { useState } from "react";
import { RoleSelect } from "@/components/ui/role-select";
import { formatDateTime } from "@/lib/client/format/format-date";
import type { Role } from "@/lib/shared/roles";
import type { UserView } from "@/lib/shared/user-view";

export interface UserRowActions {
  onChangeRole: (user: UserView, role: Role) => void;
  onToggleDisabled: (user: UserView) => void;
  onResetPassword: (user: UserView) => void;
}

/** One user with inline role change (applied with an explicit Save, never on select). */
export function UserRow({
  user,
  isSelf,
  isBusy,
  actions,
}: {
  user: UserView;
  isSelf: boolean;
  isBusy: boolean;
  actions: UserRowActions;
}) {
  const [draftRole, setDraftRole] = useState<Role>(user.role);
  const isPassword = user.provider === "credentials";
  return (
    <tr>
      <th scope="row">
        <span style={{ overflowWrap: "anywhere" }}>{user.email}</span>
        {isSelf ? <span className="muted"> (you)</span> : null}
        <div className="muted" style={{ fontWeight: 400 }}>
          {[user.name, isPassword ? "password sign-in" : "single sign-on"].filter(Boolean).join(" · ")}
        </div>
      </th>
      <td>
        <div className="row" style={{ flexWrap: "nowrap", gap: 6 }}>
          <div style={{ width: 120 }}>
            <RoleSelect
              id={`role-${user.id}`}
              value={draftRole}
              onChange={setDraftRole}
              ariaLabel={`Role of ${user.email}`}
              isDisabled={isBusy}
            />
          </div>
          {draftRole !== user.role ? (
            <button
              type="button"
              className="btn btn-sm btn-primary"
              disabled={isBusy}
              onClick={() => actions.onChangeRole(user, draftRole)}
            >
              Save role
            </button>
          ) : null}
        </div>
      </td>
      <td className="nowrap">
        {user.isDisabled ? (
          <span className="badge badge-danger">Disabled</span>
        ) : (
          <span className="badge badge-ok">Active</span>
        )}
      </td>
      <td className="nowrap">
        {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : <span className="muted">Never</span>}
      </td>
      <td className="num nowrap">
        <div className="row" style={{ justifyContent: "flex-end", flexWrap: "nowrap", gap: 6 }}>
          {isPassword ? (
            <button
              type="button"
              className="btn btn-sm"
              disabled={isBusy}
              aria-label={`Reset password of ${user.email}`}
              onClick={() => actions.onResetPassword(user)}
            >
              Reset password
            </button>
          ) : null}
          <button
            type="button"
            className={user.isDisabled ? "btn btn-sm" : "btn btn-sm btn-danger"}
            disabled={isBusy}
            aria-label={`${user.isDisabled ? "Enable" : "Disable"} ${user.email}`}
            onClick={() => actions.onToggleDisabled(user)}
          >
            {user.isDisabled ? "Enable" : "Disable"}
          </button>
        </div>
      </td>
    </tr>
  );
}
