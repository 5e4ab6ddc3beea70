import { parseAllDocuments } from "yaml";
import { z } from "zod";

/** One Kubernetes object from a manifest stream: only what routing it needs is checked here. */
export const manifestObjectSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string().min(1),
  metadata: z.looseObject({ name: z.string().min(1), namespace: z.string().optional() }),
});

export type ManifestObject = z.infer<typeof manifestObjectSchema>;

/**
 * The objects of a multi-document YAML stream (`kubectl kustomize` output or hand-written
 * manifests). Empty documents are skipped; a YAML error or an object without kind/name throws,
 * naming the document, because a manifest that cannot be read cannot be judged compliant.
 */
export function parseManifests({ text }: { text: string }): ManifestObject[] {
  const objects: ManifestObject[] = [];
  parseAllDocuments(text).forEach((document, index) => {
    if (document.errors.length > 0) throw new Error(`document ${index + 1}: ${document.errors[0]?.message}`);
    const value: unknown = document.toJSON();
    if (value === null || value === undefined) return;
    const parsed = manifestObjectSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`document ${index + 1}: ${issue?.path.join(".") || "object"}: ${issue?.message}`);
    }
    objects.push(parsed.data);
  });
  return objects;
}
