import { isApiError } from "@/lib/client/api/api-error";

export interface ScheduleError {
  /** true: the server refused the expression itself, so the message belongs next to the field */
  isFieldError: boolean;
  message: string;
}

/**
 * Where a refused schedule change is shown and in which words: the server names the field
 * (`details.field: "schedule"`) and prefixes the message with it (`schedule: must be…`); the
 * prefix is dropped next to the field, which already says what it is, and `code` reads “code”.
 */
export function describeScheduleError(error: unknown): ScheduleError {
  if (!isApiError(error)) {
    return { isFieldError: false, message: error instanceof Error ? error.message : "Something went wrong." };
  }
  if (error.field === "schedule") {
    return {
      isFieldError: true,
      message: error.message.replace(/^schedule:\s*/, "").replace(/`([^`]*)`/g, "“$1”"),
    };
  }
  return { isFieldError: false, message: error.message };
}
