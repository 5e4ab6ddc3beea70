import type { Role } from "@/lib/shared/roles";
import type { UserView } from "@/lib/shared/user-view";
import { apiFetch } from "@/lib/client/api/api-fetch";

export interface CreateUserInput {
  email: string;
  name?: string;
  role: Role;
  password: string;
}

export interface UpdateUserInput {
  role?: Role;
  isDisabled?: boolean;
  password?: string;
}

export async function fetchUsers({ signal }: { signal?: AbortSignal } = {}): Promise<UserView[]> {
  const { items } = await apiFetch<{ items: UserView[] }>("/api/v1/users", { signal });
  return items;
}

export function createUser({ input }: { input: CreateUserInput }): Promise<UserView> {
  return apiFetch<UserView>("/api/v1/users", { method: "POST", body: { ...input } });
}

export function updateUser({ id, input }: { id: string; input: UpdateUserInput }): Promise<UserView> {
  return apiFetch<UserView>(`/api/v1/users/${encodeURIComponent(id)}`, { method: "PATCH", body: { ...input } });
}
