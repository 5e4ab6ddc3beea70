import { CredentialError } from "./credential-error";

/**
 * The one entry of a kubeconfig list (`clusters`, `users`, `contexts`) with this name, and its
 * index for error fields. Refuses a missing or a duplicated name.
 */
export function findNamedEntry<T extends { name: string }>({
  entries,
  name,
  list,
  referencedBy,
}: {
  entries: T[];
  name: string;
  list: "clusters" | "users" | "contexts";
  /** e.g. `The context "prod"`, for a reference that does not resolve. */
  referencedBy: string;
}): { entry: T; index: number } {
  const indexes = entries.flatMap((entry, index) => (entry.name === name ? [index] : []));
  const [index, duplicate] = indexes;
  const field = `kubeconfig.${list}`;
  const kind = list.slice(0, -1);
  if (index === undefined) {
    throw new CredentialError({
      field,
      message: `${referencedBy} refers to ${kind} "${name}", which the kubeconfig does not define.`,
    });
  }
  if (duplicate !== undefined)
    throw new CredentialError({
      field: `${field}[${duplicate}]`,
      message: `The kubeconfig defines ${kind} "${name}" more than once.`,
    });
  const entry = entries[index];
  if (!entry) throw new Error("index out of range");
  return { entry, index };
}
