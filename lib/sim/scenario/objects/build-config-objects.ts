import type { KubeObject } from "@/lib/sim/model";
import { hashFraction, hashHex } from "../hash-key";
import type { ClusterBuildContext } from "./cluster-build-context";
import type { NamespacePlan } from "./plan-namespaces";
import type { WorkloadTemplate } from "./workload-template";

/** Every simulated secret value starts with this, so a test can prove none left the cluster. */
export const SECRET_VALUE_MARKER = "LOTSE-SIM-SECRET";

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/**
 * ServiceAccounts, ConfigMaps and Secrets of the application namespaces. Secrets carry real-looking
 * data (marked with SECRET_VALUE_MARKER); a share of ConfigMaps and Secrets are `immutable`, by
 * the posture's `immutableConfig` fraction.
 */
export function buildConfigObjects({
  context,
  namespaces,
  templates,
}: {
  context: ClusterBuildContext;
  namespaces: NamespacePlan[];
  templates: WorkloadTemplate[];
}): KubeObject[] {
  const { spec } = context;
  const objects: KubeObject[] = [];
  const isImmutable = (key: string) =>
    hashFraction({ key: `immutable:${spec.seed}:${key}` }) < spec.posture.immutableConfig;
  const secretValue = (key: string) =>
    base64(`${SECRET_VALUE_MARKER}-${hashHex({ key: `secret:${spec.seed}:${key}`, length: 24 })}`);
  const secret = (
    namespace: string,
    name: string,
    created: Date,
    type: string,
    data: Record<string, string>,
    labels?: Record<string, string>,
  ): KubeObject => ({
    apiVersion: "v1",
    kind: "Secret",
    metadata: context.factory.meta({ kind: "Secret", name, namespace, created, labels }),
    type,
    ...(isImmutable(`${namespace}/${name}`) ? { immutable: true } : {}),
    data,
  });
  for (const template of templates) {
    const key = `${template.namespace}/${template.name}`;
    objects.push({
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: context.factory.meta({
        kind: "ServiceAccount",
        name: template.serviceAccountName,
        namespace: template.namespace,
        created: template.created,
        labels: { "app.kubernetes.io/name": template.app ?? template.name },
      }),
      ...(template.pod.automountServiceAccountToken === false ? { automountServiceAccountToken: false } : {}),
    });
    if (template.kind === "CronJob") continue;
    objects.push({
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: context.factory.meta({
        kind: "ConfigMap",
        name: `${template.name}-config`,
        namespace: template.namespace,
        created: template.created,
        labels: { "app.kubernetes.io/name": template.app ?? template.name },
      }),
      ...(isImmutable(`${key}-config`) ? { immutable: true } : {}),
      data: {
        "application.yaml": `server:\n  port: ${template.pod.containers[0]?.ports?.[0]?.containerPort ?? 8080}\nsite: ${spec.site}\nlogLevel: info\n`,
      },
    });
    if (template.kind === "StatefulSet" || template.name === "api") {
      objects.push(
        secret(template.namespace, `${template.name}-credentials`, template.created, "Opaque", {
          username: base64(template.name.replace(/-/g, "_")),
          password: secretValue(`${key}-password`),
        }),
      );
    }
  }
  for (const plan of namespaces.filter((namespace) => namespace.isApp)) {
    const inNamespace = templates.filter((template) => template.namespace === plan.name);
    const created = inNamespace[0]?.created ?? context.createdAt;
    const dockerConfig = JSON.stringify({
      auths: {
        "harbor.port-authority.internal": {
          auth: Buffer.from(
            `robot$${plan.name}:${SECRET_VALUE_MARKER}-${hashHex({ key: `pull:${spec.seed}:${plan.name}`, length: 16 })}`,
          ).toString("base64"),
        },
      },
    });
    objects.push(
      secret(plan.name, "harbor-pull-secret", created, "kubernetes.io/dockerconfigjson", {
        ".dockerconfigjson": base64(dockerConfig),
      }),
    );
    objects.push(
      secret(plan.name, `${plan.name}-tls`, created, "kubernetes.io/tls", {
        "tls.crt": base64(
          `-----BEGIN CERTIFICATE-----\n${hashHex({ key: `tls:${plan.name}`, length: 32 })}\n-----END CERTIFICATE-----\n`,
        ),
        "tls.key": base64(
          `-----BEGIN PRIVATE KEY-----\n${SECRET_VALUE_MARKER}-${hashHex({ key: `tlskey:${spec.seed}:${plan.name}`, length: 32 })}\n-----END PRIVATE KEY-----\n`,
        ),
      }),
    );
    const revision = 1 + (hashHex({ key: `helm:${spec.seed}:${plan.name}`, length: 2 }).charCodeAt(0) % 9);
    objects.push(
      secret(
        plan.name,
        `sh.helm.release.v1.${plan.name}.v${revision}`,
        created,
        "helm.sh/release.v1",
        { release: base64(`H4sI${hashHex({ key: `release:${spec.seed}:${plan.name}`, length: 32 })}`) },
        { name: plan.name, owner: "helm", status: "deployed", version: String(revision) },
      ),
    );
  }
  return objects;
}
