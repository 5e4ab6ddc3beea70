import { describe, expect, it } from "vitest";
import { isExpectedDefaultBinding, roleRisks, ruleRisks } from "./detect-rbac-risks";
import { clusterBinding, clusterRole, defaultRbac, group, rule, user } from "./testing/rbac-fixtures";

describe("ruleRisks", () => {
  it("flags * on * in * as cluster-admin, wildcard, escalation and secrets read", () => {
    expect(ruleRisks(rule({ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }))).toEqual([
      "cluster-admin",
      "escalation",
      "wildcard",
      "secrets-read",
    ]);
  });

  it("flags a wildcard in any one field, and not a narrow rule", () => {
    expect(ruleRisks(rule({ apiGroups: ["apps"], resources: ["*"], verbs: ["get"] }))).toEqual(["wildcard"]);
    expect(ruleRisks(rule({ resources: ["pods"], verbs: ["*"] }))).toEqual(["wildcard"]);
    expect(ruleRisks(rule({ apiGroups: [], nonResourceURLs: ["*"], verbs: ["get"] }))).toEqual(["wildcard"]);
    expect(ruleRisks(rule({ resources: ["pods", "configmaps"], verbs: ["get", "list", "watch"] }))).toEqual([]);
  });

  it("flags escalate, bind and impersonate, also when a * verb covers them", () => {
    expect(ruleRisks(rule({ apiGroups: [""], resources: ["users"], verbs: ["impersonate"] }))).toEqual(["escalation"]);
    expect(
      ruleRisks(rule({ apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"], verbs: ["bind"] })),
    ).toEqual(["escalation"]);
    expect(ruleRisks(rule({ apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles"], verbs: ["*"] }))).toEqual([
      "escalation",
      "wildcard",
    ]);
  });

  it("flags get, list or watch on secrets, even on named secrets, but not create", () => {
    expect(ruleRisks(rule({ resources: ["secrets"], verbs: ["list"] }))).toEqual(["secrets-read"]);
    expect(ruleRisks(rule({ resources: ["secrets"], resourceNames: ["tls"], verbs: ["get"] }))).toEqual([
      "secrets-read",
    ]);
    expect(ruleRisks(rule({ resources: ["secrets"], verbs: ["create"] }))).toEqual([]);
    expect(ruleRisks(rule({ apiGroups: ["apps"], resources: ["secrets"], verbs: ["get"] }))).toEqual([]);
  });
});

describe("roleRisks", () => {
  it("counts the ClusterRole named cluster-admin even when its rules are not known", () => {
    expect(roleRisks({ name: "cluster-admin", namespace: null, rules: [] })).toEqual(["cluster-admin"]);
    expect(roleRisks({ name: "cluster-admin", namespace: "team-a", rules: [] })).toEqual([]);
  });
});

describe("isExpectedDefaultBinding", () => {
  const data = defaultRbac();
  const viewer = data.roles.find((role) => role.name === "system:public-info-viewer")!;
  const binding = data.bindings.find((entry) => entry.name === "system:public-info-viewer")!;

  it("accepts Kubernetes' system:public-info-viewer binding while its role opens only health URLs", () => {
    expect(isExpectedDefaultBinding(binding, viewer)).toBe(true);
  });

  it("refuses it once the role was widened, or under another name", () => {
    const widened = clusterRole(viewer.name, [...viewer.rules, rule({ resources: ["pods"], verbs: ["list"] })]);
    expect(isExpectedDefaultBinding(binding, widened)).toBe(false);
    expect(isExpectedDefaultBinding(binding, undefined)).toBe(false);
    const renamed = clusterBinding("public-info", viewer.name, [group("system:unauthenticated")]);
    expect(isExpectedDefaultBinding(renamed, viewer)).toBe(false);
    const toAnonymous = clusterBinding("system:public-info-viewer", "view", [user("system:anonymous")]);
    expect(
      isExpectedDefaultBinding(
        toAnonymous,
        data.roles.find((role) => role.name === "view"),
      ),
    ).toBe(false);
  });
});
