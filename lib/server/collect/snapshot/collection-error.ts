/** Errors are data: each one names what could not be read and why, and the run carries on. */
export type CollectionErrorKind =
  "unreachable" | "timeout" | "unauthorized" | "forbidden" | "not-found" | "tls" | "invalid-response";

export interface CollectionError {
  /** What was being read, e.g. `kubernetes:pods`, `kubernetes:nodes/cp-1/configz`, `talos:node/10.5.0.2:SecurityState`. */
  target: string;
  kind: CollectionErrorKind;
  /** A precise, human message without credential material. */
  message: string;
}

/** The result of reading one resource: data when it could be read, errors either way (partial reads keep both). */
export interface Collected<T> {
  data: T | null;
  errors: CollectionError[];
}
