import { describe, expect, it } from "vitest";
import { describeCompareCell } from "./describe-compare-cell";
import { makeCompareRow } from "./testing/make-node";

describe("describeCompareCell", () => {
  it("marks a value that differs from the majority with a marker and words, not colour alone", () => {
    const row = makeCompareRow({}, [{}, {}, { node: "w-02", value: "1", status: "FAIL", standing: "differs" }]);
    expect(describeCompareCell(row, row.cells[2]!)).toEqual({
      text: "1",
      marker: "≠",
      note: "differs",
      highlight: "differs",
      tone: "danger",
      description: "kernel.yama.ptrace_scope on w-02: 1 (expected 2); differs from the majority of its peers.",
    });
    expect(describeCompareCell(row, row.cells[0]!)).toMatchObject({ marker: null, highlight: null, tone: "ok" });
  });

  it("says when peers disagree without a majority, and names the peer group for services", () => {
    const row = makeCompareRow({ label: "etcd", expected: null, peerScope: "role" }, [
      { node: "cp-01", value: "Running · healthy", status: "PASS", standing: "no-majority" },
    ]);
    expect(describeCompareCell(row, row.cells[0]!)).toMatchObject({
      marker: "≷",
      note: "no majority",
      highlight: "split",
      description: "etcd on cp-01: Running · healthy; nodes of its role disagree, no value has a majority.",
    });
  });

  it("says a value could not be read", () => {
    const row = makeCompareRow({ label: "SELinux" }, [
      { node: "w-01", value: null, status: null, standing: "unreadable" },
    ]);
    expect(describeCompareCell(row, row.cells[0]!)).toMatchObject({
      text: "not readable",
      highlight: null,
      description: "SELinux of w-01 could not be read.",
    });
  });
});
