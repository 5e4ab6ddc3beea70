import { describe, expect, it } from "vitest";
import { toRbacTableRows } from "./to-rbac-table-rows.adapter";
import { makeRbacView } from "./testing/make-rbac-view";

describe("toRbacTableRows", () => {
  it("lists one row per binding with its subjects, roles and their rules, in the API's order", () => {
    const rows = toRbacTableRows(makeRbacView());
    expect(rows.map((row) => row.binding.label)).toEqual(["legacy", "cluster-admin"]);
    const [anonymous] = rows;
    expect(anonymous).toMatchObject({
      risks: ["anonymous"],
      subjects: [{ label: "system:anonymous", kind: "User" }],
      roles: [{ label: "view" }],
    });
    expect(anonymous!.rules.map((rule) => rule.label)).toEqual(["get, list on pods", "get on services"]);
  });
});
