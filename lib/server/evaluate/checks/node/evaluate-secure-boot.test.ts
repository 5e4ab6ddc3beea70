import { beforeAll, describe, expect, it } from "vitest";
import { secureBootEvaluator } from "./evaluate-secure-boot";
import {
  loadProfileContext,
  makeUnreadable,
  PROFILE_LOAD_TIMEOUT_MS,
  resultFor,
  statusesByNode,
  talosNode,
  warmUpProfileSnapshots,
} from "./testing/node-test-context";

const evaluate = secureBootEvaluator.evaluate;

describe("node.secure-boot", () => {
  beforeAll(warmUpProfileSnapshots, PROFILE_LOAD_TIMEOUT_MS);

  it("passes hardened nodes (Secure Boot on, Talos UKI) with the SecurityState fields as evidence", async () => {
    const results = evaluate(await loadProfileContext("talos-hardened"));
    expect(Object.values(statusesByNode(results))).toEqual(["PASS", "PASS", "PASS"]);
    const evidence = resultFor(results, "cp-01").evidence;
    expect(evidence.map((item) => item.value)).toEqual([
      true,
      true,
      expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    ]);
  });

  it("fails a default install: a UKI that is not a Secure Boot image", async () => {
    const result = resultFor(evaluate(await loadProfileContext("talos-default")), "w-01");
    expect(result.status).toBe("FAIL");
    expect(result.message).toContain("not a Secure Boot image");
  });

  it("fails a drifted node that booted a Secure Boot UKI with firmware Secure Boot off", async () => {
    const result = resultFor(evaluate(await loadProfileContext("talos-drifted")), "w-02");
    expect(result.status).toBe("FAIL");
    expect(result.message).toContain("booted a Secure Boot UKI, but UEFI Secure Boot is off or in setup mode");
  });

  it("warns when Secure Boot is on but the node did not boot a Talos UKI", async () => {
    const context = await loadProfileContext("talos-hardened");
    talosNode(context.snapshot, "w-01").securityState.data!.bootedWithUKI = false;
    expect(resultFor(evaluate(context), "w-01").status).toBe("WARN");
  });

  it("is UNKNOWN when SecurityState could not be read, and NOT_APPLICABLE for Talos in a container", async () => {
    const context = await loadProfileContext("talos-hardened");
    makeUnreadable(talosNode(context.snapshot, "w-01"), "securityState");
    talosNode(context.snapshot, "w-02").version.data!.platform = { name: "container", mode: "container" };
    const results = evaluate(context);
    expect(resultFor(results, "w-01").status).toBe("UNKNOWN");
    expect(resultFor(results, "w-02").status).toBe("NOT_APPLICABLE");
  });

  it("is NOT_APPLICABLE on kubeadm nodes", async () => {
    const results = evaluate(await loadProfileContext("kubeadm-hardened"));
    expect(new Set(results.map((result) => result.status))).toEqual(new Set(["NOT_APPLICABLE"]));
    expect(results[0]!.message).toContain("Ubuntu 24.04.1 LTS node: the Secure Boot state is only readable");
  });
});
