import type { KubeObject } from "@/lib/sim/model";
import { hashHex } from "../hash-key";
import { SECRET_VALUE_MARKER } from "./build-config-objects";
import type { ClusterBuildContext } from "./cluster-build-context";
import type { WorkloadTemplate } from "./workload-template";

/**
 * For platform and add-on workloads: their ServiceAccounts, and every ConfigMap and Secret their
 * pod volumes name, so nothing a pod mounts is missing from the API.
 */
export function buildReferencedConfig({
  context,
  templates,
}: {
  context: ClusterBuildContext;
  templates: WorkloadTemplate[];
}): KubeObject[] {
  const objects: KubeObject[] = [];
  const seen = new Set<string>();
  const once = (key: string) => (seen.has(key) ? false : (seen.add(key), true));
  for (const template of templates) {
    const { namespace, created } = template;
    if (once(`sa:${namespace}/${template.serviceAccountName}`)) {
      objects.push({
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: context.factory.meta({
          kind: "ServiceAccount",
          name: template.serviceAccountName,
          namespace,
          created,
        }),
      });
    }
    for (const volume of template.pod.volumes ?? []) {
      const configMap = (volume.configMap as { name?: string } | undefined)?.name;
      const secret = (volume.secret as { secretName?: string } | undefined)?.secretName;
      if (configMap && once(`cm:${namespace}/${configMap}`)) {
        objects.push({
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: context.factory.meta({ kind: "ConfigMap", name: configMap, namespace, created }),
          data: { [configMap === "coredns" ? "Corefile" : "config.conf"]: `# ${configMap} configuration\n` },
        });
      }
      if (secret && once(`secret:${namespace}/${secret}`)) {
        objects.push({
          apiVersion: "v1",
          kind: "Secret",
          metadata: context.factory.meta({ kind: "Secret", name: secret, namespace, created }),
          type: "Opaque",
          data: {
            config: Buffer.from(
              `${SECRET_VALUE_MARKER}-${hashHex({ key: `ref-secret:${context.spec.seed}:${namespace}/${secret}`, length: 24 })}`,
            ).toString("base64"),
          },
        });
      }
    }
  }
  return objects;
}
