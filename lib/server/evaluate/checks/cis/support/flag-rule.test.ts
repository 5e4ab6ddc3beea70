import { describe, expect, it } from "vitest";
import { describeExpectation, describeFlag, evaluateFlagRule, evaluateFlagRules, type FlagRule } from "./flag-rule";

const profiling: FlagRule = { flag: "profiling", expect: { op: "equals", value: "false" }, defaultValue: "true" };

describe("the flag rule engine", () => {
  it("passes a flag with the expected value and fails another value", () => {
    expect(evaluateFlagRule({ profiling: "false" }, profiling).isCompliant).toBe(true);
    expect(evaluateFlagRule({ profiling: "true" }, profiling).isCompliant).toBe(false);
  });

  it("reads Go's boolean spellings as booleans (a bare flag is true)", () => {
    const rule: FlagRule = { flag: "client-cert-auth", expect: { op: "equals", value: "true" }, defaultValue: "false" };
    for (const value of ["true", "True", "1", "t"])
      expect(evaluateFlagRule({ "client-cert-auth": value }, rule).isCompliant).toBe(true);
    expect(evaluateFlagRule({ "client-cert-auth": "0" }, rule).isCompliant).toBe(false);
  });

  it("judges a missing flag by the binary's default, and says so", () => {
    const outcome = evaluateFlagRule({}, profiling);
    expect(outcome).toMatchObject({ effective: "true", isDefault: true, isCompliant: false });
    expect(describeFlag(outcome)).toBe("--profiling unset (defaults to true)");
    const lookup = evaluateFlagRule(
      {},
      { flag: "service-account-lookup", expect: { op: "equals", value: "true" }, defaultValue: "true" },
    );
    expect(lookup.isCompliant).toBe(true);
  });

  it("fails a missing flag that has no default for set/equals rules and passes it for unset rules", () => {
    expect(evaluateFlagRule({}, { flag: "audit-log-path", expect: { op: "set" } }).isCompliant).toBe(false);
    expect(
      evaluateFlagRule({ "audit-log-path": "" }, { flag: "audit-log-path", expect: { op: "set" } }).isCompliant,
    ).toBe(false);
    expect(evaluateFlagRule({}, { flag: "token-auth-file", expect: { op: "unset" } }).isCompliant).toBe(true);
    expect(
      evaluateFlagRule({ "token-auth-file": "/t.csv" }, { flag: "token-auth-file", expect: { op: "unset" } })
        .isCompliant,
    ).toBe(false);
    expect(
      evaluateFlagRule({}, { flag: "bind-address", expect: { op: "equals", value: "127.0.0.1" } }).isCompliant,
    ).toBe(false);
  });

  it("counts a repeated scalar flag by its last value, as the binary does", () => {
    const outcome = evaluateFlagRule({ profiling: ["false", "true"] }, profiling);
    expect(outcome).toMatchObject({ effective: "true", isCompliant: false, occurrences: ["false", "true"] });
    expect(describeFlag(outcome)).toBe("--profiling=false / true");
  });

  it("merges the values of a repeated list flag", () => {
    const rule: FlagRule = { flag: "enable-admission-plugins", expect: { op: "includes", item: "NodeRestriction" } };
    expect(
      evaluateFlagRule({ "enable-admission-plugins": ["NodeRestriction", "EventRateLimit"] }, rule).isCompliant,
    ).toBe(true);
    expect(evaluateFlagRule({ "enable-admission-plugins": "PodSecurity, NodeRestriction" }, rule).isCompliant).toBe(
      true,
    );
    expect(evaluateFlagRule({ "enable-admission-plugins": "PodSecurity" }, rule).isCompliant).toBe(false);
    const excludes: FlagRule = { flag: "enable-admission-plugins", expect: { op: "excludes", item: "AlwaysAdmit" } };
    expect(evaluateFlagRule({}, excludes).isCompliant).toBe(true);
    expect(
      evaluateFlagRule({ "enable-admission-plugins": ["NodeRestriction", "AlwaysAdmit"] }, excludes).isCompliant,
    ).toBe(false);
  });

  it("compares numbers for at-least rules, failing non-numbers and a too-small default", () => {
    const rule: FlagRule = { flag: "audit-log-maxage", expect: { op: "atLeast", value: 30 }, defaultValue: "0" };
    expect(evaluateFlagRule({ "audit-log-maxage": "30" }, rule).isCompliant).toBe(true);
    expect(evaluateFlagRule({ "audit-log-maxage": "90" }, rule).isCompliant).toBe(true);
    expect(evaluateFlagRule({ "audit-log-maxage": "7" }, rule).isCompliant).toBe(false);
    expect(evaluateFlagRule({ "audit-log-maxage": "a month" }, rule).isCompliant).toBe(false);
    expect(evaluateFlagRule({}, rule).isCompliant).toBe(false);
  });

  it("combines rules with all (both files set) or any", () => {
    const rules: FlagRule[] = [
      { flag: "tls-cert-file", expect: { op: "set" } },
      { flag: "tls-private-key-file", expect: { op: "set" } },
    ];
    expect(evaluateFlagRules({ "tls-cert-file": "a", "tls-private-key-file": "b" }, rules).isCompliant).toBe(true);
    expect(evaluateFlagRules({ "tls-cert-file": "a" }, rules).isCompliant).toBe(false);
    expect(evaluateFlagRules({ "tls-cert-file": "a" }, rules, "any").isCompliant).toBe(true);
  });

  it("describes what a rule asks for", () => {
    expect(describeExpectation(profiling)).toBe("--profiling must be false");
    expect(describeExpectation({ flag: "audit-log-maxsize", expect: { op: "atLeast", value: 100 } })).toBe(
      "--audit-log-maxsize must be at least 100",
    );
  });
});
