import { apiFetch } from "@/lib/client/api/api-fetch";
import type { CreateWaiverInput, WaiverView } from "@/lib/shared/waiver-view";

export async function fetchWaivers({ signal }: { signal?: AbortSignal } = {}): Promise<WaiverView[]> {
  const { items } = await apiFetch<{ items: WaiverView[] }>("/api/v1/waivers", { signal });
  return items;
}

export function createWaiver(input: CreateWaiverInput): Promise<WaiverView> {
  return apiFetch<WaiverView>("/api/v1/waivers", { method: "POST", body: input });
}

export function revokeWaiver({ id }: { id: string }): Promise<WaiverView> {
  return apiFetch<WaiverView>(`/api/v1/waivers/${encodeURIComponent(id)}`, { method: "DELETE" });
}
