import type { Collected, CollectionError } from "@/lib/server/collect/snapshot/collection-error";
import type { NodePart, NodeReadError } from "@/lib/shared/node-view";

export function toReadErrors(errors: readonly CollectionError[]): NodeReadError[] {
  return errors.map(({ target, kind, message }) => ({ target, kind, message }));
}

/** A part that is not readable, with the reason in words (the first error's message when there is one). */
export function unreadablePart<T>(errors: readonly CollectionError[], fallback = "it was not collected"): NodePart<T> {
  return { isReadable: false, reason: errors[0]?.message ?? fallback, errors: toReadErrors(errors) };
}

/** A collected snapshot part as a view part: mapped when read (errors kept: incomplete), else why not. */
export function toNodePart<T, U>(collected: Collected<T>, map: (data: T) => U): NodePart<U> {
  if (collected.data === null) return unreadablePart(collected.errors);
  return { isReadable: true, value: map(collected.data), errors: toReadErrors(collected.errors) };
}
