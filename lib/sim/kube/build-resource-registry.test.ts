import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/sim/model";
import { buildObjectStore } from "./build-object-store";
import { buildResourceRegistry } from "./build-resource-registry";

const meta = (name: string, namespace?: string) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: name,
  creationTimestamp: "2026-01-01T00:00:00Z",
});

const constraintCrd: KubeObject = {
  apiVersion: "apiextensions.k8s.io/v1",
  kind: "CustomResourceDefinition",
  metadata: meta("k8srequiredlabels.constraints.gatekeeper.sh"),
  spec: {
    group: "constraints.gatekeeper.sh",
    scope: "Cluster",
    names: {
      kind: "K8sRequiredLabels",
      plural: "k8srequiredlabels",
      singular: "k8srequiredlabels",
      categories: ["constraint", "constraints"],
    },
    versions: [
      { name: "v1alpha1", served: true, storage: false },
      { name: "v1beta1", served: true, storage: true },
      { name: "v1", served: true, storage: false },
      { name: "v0", served: false, storage: false },
    ],
  },
};

describe("buildResourceRegistry", () => {
  it("serves every served CRD version, preferred first, with the CRD's names and scope", () => {
    const registry = buildResourceRegistry({ objects: [constraintCrd], minorVersion: 33 });
    const definition = registry.byKey.get("constraints.gatekeeper.sh/k8srequiredlabels");
    expect(definition).toMatchObject({
      versions: ["v1", "v1beta1", "v1alpha1"],
      namespaced: false,
      kind: "K8sRequiredLabels",
      listKind: "K8sRequiredLabelsList",
      categories: ["constraint", "constraints"],
      isCustom: true,
    });
    expect(registry.groups.at(-1)).toBe("constraints.gatekeeper.sh");
  });

  it("gates ValidatingAdmissionPolicy on Kubernetes 1.30", () => {
    expect(
      buildResourceRegistry({ objects: [], minorVersion: 29 }).byKey.has(
        "admissionregistration.k8s.io/validatingadmissionpolicies",
      ),
    ).toBe(false);
    expect(
      buildResourceRegistry({ objects: [], minorVersion: 30 }).byKey.has(
        "admissionregistration.k8s.io/validatingadmissionpolicies",
      ),
    ).toBe(true);
  });

  it("derives a resource for kinds it does not know, so no object is dropped", () => {
    const lease: KubeObject = {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: meta("kube-scheduler", "kube-system"),
    };
    const policy: KubeObject = { apiVersion: "security.example.io/v1", kind: "Policy", metadata: meta("p") };
    const registry = buildResourceRegistry({ objects: [lease, policy], minorVersion: 33 });
    expect(registry.byKey.get("coordination.k8s.io/leases")).toMatchObject({
      namespaced: true,
      kind: "Lease",
      versions: ["v1"],
    });
    expect(registry.byKey.get("security.example.io/policies")).toMatchObject({
      namespaced: false,
      singularName: "policy",
    });
  });
});

describe("buildObjectStore", () => {
  const registry = buildResourceRegistry({ objects: [], minorVersion: 33 });

  it("sorts in key order, assigns growing resourceVersions and leaves the input untouched", () => {
    const objects: KubeObject[] = [
      { apiVersion: "v1", kind: "Pod", metadata: meta("b", "x") },
      { apiVersion: "v1", kind: "Pod", metadata: meta("a", "y") },
      { apiVersion: "v1", kind: "Pod", metadata: meta("a", "x") },
      { apiVersion: "v1", kind: "Pod", metadata: meta("nameless-namespace") },
    ];
    const store = buildObjectStore({ objects, registry });
    const pods = store.buckets.get("/pods");
    expect(pods?.items.map((item) => item.key)).toEqual(["default/nameless-namespace", "x/a", "x/b", "y/a"]);
    expect(pods?.items.map((item) => item.resourceVersion)).toEqual(["1004", "1003", "1001", "1002"]);
    expect(store.revision).toBe(1004);
    expect(objects[0]?.metadata.resourceVersion).toBeUndefined();
    expect(buildObjectStore({ objects, registry, previousRevision: store.revision }).revision).toBe(1008);
  });

  it("refuses two objects with the same key", () => {
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: meta("a", "x") };
    expect(() => buildObjectStore({ objects: [pod, pod], registry })).toThrow("duplicate object: pods x/a");
  });
});
