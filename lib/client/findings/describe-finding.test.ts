import { describe, expect, it } from "vitest";
import type { FindingView } from "@/lib/shared/finding-view";
import {
  canWaive,
  describeStatusCounts,
  describeSubject,
  findingFacets,
  formatEvidenceValue,
  waiverHref,
} from "./describe-finding";
import { isEvaluationPending } from "./describe-evaluation";

function finding(overrides: Partial<FindingView>): FindingView {
  return {
    checkId: "seed.pod-security",
    checkTitle: "Pod Security Admission enforced",
    severity: "high",
    subject: { kind: "cluster" },
    status: "FAIL",
    rawStatus: "FAIL",
    message: "m",
    evidence: [],
    remediation: { platform: null, kubernetes: null },
    waiverId: null,
    since: "2026-11-01T00:00:00.000Z",
    controls: [],
    ...overrides,
  };
}

describe("describeSubject", () => {
  it("names the cluster, a node, a namespace and an object with its namespace", () => {
    expect(describeSubject({ kind: "cluster" })).toBe("Cluster");
    expect(describeSubject({ kind: "node", name: "cp-01" })).toBe("Node cp-01");
    expect(describeSubject({ kind: "namespace", name: "payments" })).toBe("Namespace payments");
    expect(describeSubject({ kind: "object", apiKind: "ClusterRoleBinding", name: "anon" })).toBe(
      "ClusterRoleBinding anon",
    );
    expect(describeSubject({ kind: "object", apiKind: "Deployment", namespace: "web", name: "api" })).toBe(
      "Deployment web/api",
    );
  });
});

describe("waiving", () => {
  it("is offered to engineers and admins on FAIL findings only", () => {
    expect(canWaive("engineer", finding({}))).toBe(true);
    expect(canWaive("admin", finding({}))).toBe(true);
    expect(canWaive("auditor", finding({}))).toBe(false);
    expect(canWaive("viewer", finding({}))).toBe(false);
    expect(canWaive("admin", finding({ status: "WAIVED" }))).toBe(false);
    expect(canWaive("admin", finding({ status: "UNKNOWN" }))).toBe(false);
  });

  it("links to the register with the check, cluster, and the subject's namespace or node", () => {
    expect(waiverHref({ clusterId: "c1", finding: finding({ subject: { kind: "namespace", name: "web" } }) })).toBe(
      "/waivers?check=seed.pod-security&cluster=c1&namespace=web&node=",
    );
    expect(
      waiverHref({
        clusterId: "c1",
        finding: finding({ checkId: "node.kspp", subject: { kind: "node", name: "w-1" } }),
      }),
    ).toBe("/waivers?check=node.kspp&cluster=c1&namespace=&node=w-1");
    expect(
      waiverHref({
        clusterId: "c1",
        finding: finding({ subject: { kind: "object", apiKind: "Pod", namespace: "a b", name: "x" } }),
      }),
    ).toBe("/waivers?check=seed.pod-security&cluster=c1&namespace=a+b&node=");
  });
});

describe("formatEvidenceValue", () => {
  it("says absent for null, keeps strings, and prints structures as JSON", () => {
    expect(formatEvidenceValue(null)).toBe("absent");
    expect(formatEvidenceValue("false")).toBe("false");
    expect(formatEvidenceValue("")).toBe('""');
    expect(formatEvidenceValue(3)).toBe("3");
    expect(formatEvidenceValue(["a", "b"])).toBe('["a","b"]');
    expect(formatEvidenceValue({ enforce: "privileged" })).toBe('{\n  "enforce": "privileged"\n}');
  });
});

describe("findingFacets", () => {
  it("counts statuses and lists the checks and namespaces present", () => {
    const facets = findingFacets([
      finding({ checkId: "cis.5.1.10", checkTitle: "ten" }),
      finding({ checkId: "cis.5.1.2", checkTitle: "two", status: "PASS", subject: { kind: "namespace", name: "b" } }),
      finding({
        checkId: "cis.5.1.2",
        checkTitle: "two",
        status: "UNKNOWN",
        subject: { kind: "namespace", name: "a" },
      }),
    ]);
    expect(facets.total).toBe(3);
    expect(facets.byStatus).toEqual({ FAIL: 1, PASS: 1, UNKNOWN: 1 });
    expect(facets.checks).toEqual([
      { id: "cis.5.1.2", title: "two", count: 2 },
      { id: "cis.5.1.10", title: "ten", count: 1 },
    ]);
    expect(facets.namespaces).toEqual(["a", "b"]);
    expect(describeStatusCounts(facets.byStatus)).toBe("1 fail · 1 unknown · 1 pass");
  });
});

describe("isEvaluationPending", () => {
  const now = Date.parse("2026-12-01T12:00:00Z");
  it("waits while the last collection is newer than the evaluation, for a few minutes", () => {
    expect(isEvaluationPending({ lastSuccessAt: null, evaluatedAt: null, now })).toBe(false);
    expect(isEvaluationPending({ lastSuccessAt: "2026-12-01T11:59:30Z", evaluatedAt: null, now })).toBe(true);
    expect(
      isEvaluationPending({ lastSuccessAt: "2026-12-01T11:59:30Z", evaluatedAt: "2026-12-01T11:00:00Z", now }),
    ).toBe(true);
    expect(
      isEvaluationPending({ lastSuccessAt: "2026-12-01T11:59:30Z", evaluatedAt: "2026-12-01T11:59:31Z", now }),
    ).toBe(false);
    expect(isEvaluationPending({ lastSuccessAt: "2026-12-01T11:00:00Z", evaluatedAt: null, now })).toBe(false);
  });
});
