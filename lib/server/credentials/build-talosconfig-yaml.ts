import { stringify } from "yaml";
import type { TalosContextMaterial } from "./credential-types";

/**
 * Writes a talosconfig with exactly one context, which is also the current one.
 *
 * Note: rebuilt from validated values only (endpoints, nodes, ca, crt, key), so no field Lotse
 * did not check (Omni auth, proxies…) survives into the stored file.
 */
export function buildTalosconfigYaml({
  context,
  material,
}: {
  context: string;
  material: TalosContextMaterial;
}): string {
  const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
  const document = {
    context,
    contexts: {
      [context]: {
        endpoints: material.endpoints,
        ...(material.nodes.length > 0 ? { nodes: material.nodes } : {}),
        ca: base64(material.ca),
        crt: base64(material.crt),
        key: base64(material.key),
      },
    },
  };
  // Note: no anchors even if a value object repeats; parsing refuses anchors.
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
