import { readFileSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { LOTSE_READER_ROLE, LOTSE_READER_SECRETS_ROLE } from "./default-rbac";

function readClusterRole(file: string): { metadata: { name: string }; rules: Record<string, unknown>[] } {
  const text = readFileSync(path.resolve("deploy/monitored-cluster", file), "utf8");
  const role = parseAllDocuments(text)
    .map((document) => document.toJSON() as { kind?: string })
    .find((object) => object.kind === "ClusterRole");
  if (!role) throw new Error(`${file} holds no ClusterRole`);
  return role as { metadata: { name: string }; rules: Record<string, unknown>[] };
}

describe("the simulator's lotse-reader ClusterRole", () => {
  it("is the one deploy/monitored-cluster ships, rule for rule", () => {
    const shipped = readClusterRole("cluster-role.yaml");
    expect(shipped.metadata.name).toBe(LOTSE_READER_ROLE.name);
    expect(LOTSE_READER_ROLE.rules).toEqual(shipped.rules);
  });

  it("grants no Secret access, no wildcard and no verb beyond reading", () => {
    for (const rule of LOTSE_READER_ROLE.rules as { apiGroups: string[]; resources: string[]; verbs: string[] }[]) {
      expect(rule.resources).not.toContain("secrets");
      for (const list of [rule.apiGroups, rule.resources, rule.verbs]) expect(list).not.toContain("*");
      for (const verb of rule.verbs) expect(["get", "list"]).toContain(verb);
    }
  });

  it("leaves Secret listing to the optional role, which grants exactly that and is the one shipped", () => {
    const shipped = readClusterRole("secrets-metadata/cluster-role.yaml");
    expect(shipped.rules).toEqual([{ apiGroups: [""], resources: ["secrets"], verbs: ["list"] }]);
    expect(LOTSE_READER_SECRETS_ROLE).toEqual({ name: shipped.metadata.name, rules: shipped.rules });
  });
});
