import type { Role } from "@/lib/shared/roles";
import type { ApiTokenView, CreatedApiTokenView } from "@/lib/shared/token-view";
import { apiFetch } from "@/lib/client/api/api-fetch";

export async function fetchTokens({ signal }: { signal?: AbortSignal } = {}): Promise<ApiTokenView[]> {
  const { items } = await apiFetch<{ items: ApiTokenView[] }>("/api/v1/tokens", { signal });
  return items;
}

export function createToken({ name, role }: { name: string; role: Role }): Promise<CreatedApiTokenView> {
  return apiFetch<CreatedApiTokenView>("/api/v1/tokens", { method: "POST", body: { name, role } });
}

export function revokeToken({ id }: { id: string }): Promise<ApiTokenView> {
  return apiFetch<ApiTokenView>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });
}
