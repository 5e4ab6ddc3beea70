import type { NextRequest } from "next/server";
import { AppError } from "@/lib/server/http/app-error";

/** Room for multipart boundaries and part headers beyond the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface ImportUpload {
  bytes: Uint8Array;
  fileName: string | null;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB.`);
}

/** Reads the body, stopping as soon as it passes `limit` (a Content-Length header is not trusted). */
async function readCapped(request: NextRequest, limit: number, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The uploaded scanner file: the request body itself (`application/json`, e.g. `curl --data-binary
 * @kube-bench.json`) or the `file` part of a `multipart/form-data` form (the UI, `curl -F file=@…`).
 */
export async function readImportUpload({
  request,
  maxBytes,
}: {
  request: NextRequest;
  maxBytes: number;
}): Promise<ImportUpload> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    const bytes = await readCapped(request, maxBytes, maxBytes);
    return { bytes, fileName: null };
  }
  if (!type.startsWith("multipart/form-data")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the scanner's JSON as application/json, or as the `file` field of multipart/form-data.",
    );
  }
  const body = await readCapped(request, maxBytes + MULTIPART_OVERHEAD, maxBytes);
  let form: FormData;
  try {
    form = await new Response(Buffer.from(body), {
      headers: { "content-type": request.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new AppError("bad_request", "The multipart form could not be read.");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") {
    throw new AppError("bad_request", "The form has no `file` field with the scanner's JSON.", { field: "file" });
  }
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  const name = file.name.replace(/[^\w.\- ]+/g, "_").slice(0, 200);
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: name || null };
}
