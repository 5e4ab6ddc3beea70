import type { UserView } from "@/lib/shared/user-view";
import { UserRow, type UserRowActions } from "./user-row";

export function UserTable({
  users,
  currentEmail,
  busyUserId,
  actions,
}: {
  users: UserView[];
  currentEmail: string;
  busyUserId: string | null;
  actions: UserRowActions;
}) {
  return (
    <div className="card table-wrap">
      <table className="table">
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            // Keyed by role too, so a saved (or refused) change resets the row's draft to the server's value.
            <UserRow
              key={`${user.id}:${user.role}`}
              user={user}
              isSelf={user.email === currentEmail}
              isBusy={busyUserId === user.id}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
