import type { z } from "zod";
import { AppError } from "@/lib/server/http/app-error";

/** A 400 naming the first few places where a recognised report does not have the expected shape. */
export function shapeError(tool: string, error: z.ZodError): AppError {
  const where = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(top level)"}: ${issue.message}`)
    .join("; ");
  const first = error.issues[0];
  return new AppError("bad_request", `This looks like a ${tool} report, but ${where}.`, {
    field: first?.path.length ? first.path.join(".") : "file",
  });
}
