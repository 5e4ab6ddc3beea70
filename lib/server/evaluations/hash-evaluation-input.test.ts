import { describe, expect, it } from "vitest";
import { hashEvaluationInput } from "./hash-evaluation-input";

const base = {
  snapshotHash: "a".repeat(64),
  catalogVersion: "1.2.0",
  waivers: [
    { id: "w1", expiresAt: new Date("2027-01-01T00:00:00Z") },
    { id: "w2", expiresAt: new Date("2027-02-01T00:00:00Z") },
  ],
  credentials: [{ kind: "kubernetes" as const, subject: "CN=lotse", notAfter: "2027-06-01T00:00:00Z" }],
};

describe("hashEvaluationInput", () => {
  it("does not depend on the order waivers are listed in", () => {
    expect(hashEvaluationInput({ ...base, waivers: [...base.waivers].reverse() })).toBe(hashEvaluationInput(base));
  });

  it("changes with the snapshot, the catalog version, the waivers in force or a credential", () => {
    const hash = hashEvaluationInput(base);
    expect(hashEvaluationInput({ ...base, snapshotHash: "b".repeat(64) })).not.toBe(hash);
    expect(hashEvaluationInput({ ...base, catalogVersion: "1.3.0" })).not.toBe(hash);
    expect(hashEvaluationInput({ ...base, waivers: base.waivers.slice(1) })).not.toBe(hash);
    expect(
      hashEvaluationInput({
        ...base,
        waivers: [{ ...base.waivers[0]!, expiresAt: new Date("2027-03-01T00:00:00Z") }, base.waivers[1]!],
      }),
    ).not.toBe(hash);
    expect(
      hashEvaluationInput({ ...base, credentials: [{ ...base.credentials[0]!, notAfter: "2028-06-01T00:00:00Z" }] }),
    ).not.toBe(hash);
  });
});
