import { ApiError } from "@/lib/client/api/api-error";
import { apiFetch } from "@/lib/client/api/api-fetch";
import {
  evidenceScopeToQuery,
  type CreateEvidencePackResult,
  type EvidencePackListView,
  type EvidencePackView,
  type EvidencePreviewView,
  type EvidenceScopeInput,
} from "@/lib/shared/evidence-pack-view";

const BASE = "/api/v1/evidence-packs";
export const PUBLIC_KEY_PATH = "/api/v1/evidence/public-key";

/** Where the browser downloads a ready pack (a plain link: the zip is streamed, never held in memory here). */
export function evidencePackDownloadPath(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}/download`;
}

export async function fetchEvidencePacks({ signal }: { signal?: AbortSignal } = {}): Promise<EvidencePackView[]> {
  const { items } = await apiFetch<EvidencePackListView>(BASE, { signal });
  return items;
}

export function fetchEvidencePack({ id, signal }: { id: string; signal?: AbortSignal }): Promise<EvidencePackView> {
  return apiFetch<EvidencePackView>(`${BASE}/${encodeURIComponent(id)}`, { signal });
}

export function createEvidencePack(scope: EvidenceScopeInput): Promise<CreateEvidencePackResult> {
  return apiFetch<CreateEvidencePackResult>(BASE, { method: "POST", body: scope });
}

export function fetchEvidencePreview({
  scope,
  signal,
}: {
  scope: EvidenceScopeInput;
  signal?: AbortSignal;
}): Promise<EvidencePreviewView> {
  return apiFetch<EvidencePreviewView>(`${BASE}/preview?${evidenceScopeToQuery(scope).toString()}`, { signal });
}

/** The evidence-signing public key (PEM text, not JSON). */
export async function fetchEvidencePublicKey({ signal }: { signal?: AbortSignal } = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(PUBLIC_KEY_PATH, { signal, credentials: "same-origin", cache: "no-store" });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ status: 0, code: "network", message: "Lotse could not be reached. Check your connection." });
  }
  if (!response.ok) {
    throw new ApiError({
      status: response.status,
      code: "http",
      message: `The public key could not be read (the server answered ${response.status}).`,
    });
  }
  return response.text();
}
