import type { FindingSubject } from "./evaluator-types";

/** A stable key for a subject within a cluster, used to follow one finding across evaluations. */
export function subjectKey(subject: FindingSubject): string {
  switch (subject.kind) {
    case "cluster":
      return "cluster";
    case "node":
      return `node/${subject.name}`;
    case "namespace":
      return `namespace/${subject.name}`;
    case "object":
      return `object/${subject.apiKind}/${subject.namespace ?? ""}/${subject.name}`;
  }
}

/** The namespace a subject lives in, if any (for namespace-scoped waivers and filters). */
export function subjectNamespace(subject: FindingSubject): string | null {
  if (subject.kind === "namespace") return subject.name;
  if (subject.kind === "object") return subject.namespace ?? null;
  return null;
}
