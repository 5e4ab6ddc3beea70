import { describe, expect, it } from "vitest";
import { summarizeRbacRisks } from "./summarize-rbac-risks";
import { makeNode, makeRbacView } from "./testing/make-rbac-view";

describe("summarizeRbacRisks", () => {
  it("counts bindings and subjects per risk, collapsed groups by their members", () => {
    const view = makeRbacView();
    view.nodes.push(
      makeNode({
        id: "group|binding|x",
        column: "binding",
        label: "12 RoleBindings in team-a",
        risks: ["secrets-read"],
        aggregate: { count: 12, description: "12 RoleBindings in team-a with risk flags" },
      }),
    );
    const summary = Object.fromEntries(summarizeRbacRisks(view).map((entry) => [entry.risk, entry]));
    expect(summary.anonymous).toEqual({ risk: "anonymous", bindings: 1, subjects: 1 });
    expect(summary["cluster-admin"]).toMatchObject({ bindings: 1, subjects: 1 });
    expect(summary["secrets-read"]).toMatchObject({ bindings: 12, subjects: 0 });
    expect(summary.escalation).toMatchObject({ bindings: 0, subjects: 0 });
  });
});
