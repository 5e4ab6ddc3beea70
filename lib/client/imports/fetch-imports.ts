import { apiFetch } from "@/lib/client/api/api-fetch";
import { ApiError } from "@/lib/client/api/api-error";
import type { ScannerImportListView, ScannerImportView } from "@/lib/shared/import-view";

const importsPath = (clusterId: string) => `/api/v1/clusters/${encodeURIComponent(clusterId)}/imports`;

export function fetchClusterImports({
  clusterId,
  signal,
}: {
  clusterId: string;
  signal?: AbortSignal;
}): Promise<ScannerImportListView> {
  return apiFetch<ScannerImportListView>(importsPath(clusterId), { signal });
}

/**
 * Uploads a scanner result file as multipart form data (the server detects the format). The file
 * is sent as it is: JSON checks and size limits are the server's, so every client gets the same answer.
 */
export async function uploadScannerImport({
  clusterId,
  file,
  node,
}: {
  clusterId: string;
  file: File;
  node?: string;
}): Promise<ScannerImportView> {
  const form = new FormData();
  form.set("file", file, file.name);
  const query = node ? `?${new URLSearchParams({ node }).toString()}` : "";
  let response: Response;
  try {
    response = await fetch(`${importsPath(clusterId)}${query}`, {
      method: "POST",
      body: form,
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: "application/json" },
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: "network",
      message: "Lotse could not be reached. Check your connection and try again.",
    });
  }
  const payload = (await response.json().catch(() => null)) as
    | (ScannerImportView & { error?: undefined })
    | { error?: { code?: string; message?: string; details?: Record<string, unknown> } }
    | null;
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiError({
      status: response.status,
      code: error?.code ?? "http",
      message: error?.message ?? `The server answered ${response.status}.`,
      details: error?.details,
    });
  }
  return payload as ScannerImportView;
}
