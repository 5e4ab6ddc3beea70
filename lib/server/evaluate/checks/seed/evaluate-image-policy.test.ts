import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, statusesOf, warmFixtures } from "../cis/testing/cis-fixtures";
import { imagePolicyEvaluator } from "./evaluate-image-policy";

beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

const verifyPolicy = (snapshot: StoredSnapshot) => {
  const policy = snapshot.kubernetes.kyvernoPolicies.data?.find(
    (candidate) => candidate.name === "verify-image-signatures",
  );
  if (!policy) throw new Error("the fixture has no verify-image-signatures policy");
  return policy;
};

function addGatekeeper(snapshot: StoredSnapshot, enforcementAction: string): void {
  snapshot.kubernetes.gatekeeperConstraints = {
    isServed: true,
    data: [{ kind: "RatifyVerification", name: "ratify-constraint", enforcementAction }],
    errors: [],
  };
  snapshot.kubernetes.validatingWebhooks.data!.push({
    configurationName: "gatekeeper-validating-webhook-configuration",
    name: "validation.gatekeeper.sh",
    failurePolicy: "Fail",
    sideEffects: "None",
    timeoutSeconds: 3,
    rules: [],
    namespaceSelector: null,
    objectSelector: null,
  });
}

describe("seed.image-policy", () => {
  it("passes a Kyverno verifyImages ClusterPolicy in Enforce mode and shows the webhooks' failurePolicy", async () => {
    const [result] = await evaluate(imagePolicyEvaluator, "talos-hardened");
    expect(result).toMatchObject({
      status: "PASS",
      message: "Image signatures are verified in enforce mode by ClusterPolicy/verify-image-signatures.",
    });
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({
        source: "kubernetes.{validating,mutating}Webhooks[Kyverno].failurePolicy",
        value: expect.objectContaining({ "validate.kyverno.svc-fail": "Fail" }),
      }),
    );
  });

  it("passes a Sigstore ClusterImagePolicy in enforce mode and lists the namespaces opted in", async () => {
    const [result] = await evaluate(imagePolicyEvaluator, "managed");
    expect(result?.status).toBe("PASS");
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({
        value: ["berth-planning", "vessel-traffic"],
        note: expect.stringContaining("logging"),
      }),
    );
  });

  it("warns when verification is only audited", async () => {
    const [audit] = await evaluate(imagePolicyEvaluator, "talos-default");
    expect(audit).toMatchObject({ status: "WARN", message: expect.stringContaining("only audited") });
  });

  it("honours a rule's own failureAction, and warns when the engine's webhooks fail open", async () => {
    // talos-default's Kyverno webhooks all have failurePolicy Ignore.
    const [result] = await evaluate(imagePolicyEvaluator, "talos-default", {
      mutate: (snapshot) => {
        verifyPolicy(snapshot).rules[0]!.verifyImages[0]!.failureAction = "Enforce";
      },
    });
    expect(result).toMatchObject({
      status: "WARN",
      message: expect.stringContaining("enforces image signatures, but every Kyverno webhook has failurePolicy Ignore"),
    });
  });

  it("warns when no webhook of the enforcing engine is registered", async () => {
    const [result] = await evaluate(imagePolicyEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.validatingWebhooks.data = [];
        snapshot.kubernetes.mutatingWebhooks.data = [];
      },
    });
    expect(result).toMatchObject({ status: "WARN", message: expect.stringContaining("no Kyverno admission webhook") });
  });

  it("fails when nothing verifies signatures, including a ClusterImagePolicy no namespace opts into", async () => {
    const [none] = await evaluate(imagePolicyEvaluator, "kubeadm-default");
    expect(none).toMatchObject({ status: "FAIL", message: expect.stringContaining("No admission policy verifies") });
    const [optedOut] = await evaluate(imagePolicyEvaluator, "managed", {
      mutate: (snapshot) => {
        for (const namespace of snapshot.kubernetes.namespaces.data ?? [])
          delete namespace.labels["policy.sigstore.dev/include"];
      },
    });
    expect(optedOut).toMatchObject({ status: "FAIL", message: expect.stringContaining("verifies nothing") });
  });

  it("accepts a Ratify constraint with enforcementAction deny and warns on dryrun", async () => {
    const deny = await evaluate(imagePolicyEvaluator, "kubeadm-default", { mutate: (s) => addGatekeeper(s, "deny") });
    expect(statusesOf(deny)).toEqual(["PASS"]);
    const dryrun = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (s) => addGatekeeper(s, "dryrun"),
    });
    expect(statusesOf(dryrun)).toEqual(["WARN"]);
  });

  it("is UNKNOWN, not FAIL, when a policy list could not be read", async () => {
    const [result] = await evaluate(imagePolicyEvaluator, "kubeadm-default", {
      mutate: (snapshot) => {
        snapshot.kubernetes.kyvernoPolicies = {
          isServed: null,
          data: null,
          errors: [{ target: "kubernetes:discovery", kind: "timeout", message: "discovery timed out" }],
        };
      },
    });
    expect(result?.status).toBe("UNKNOWN");
    expect(result?.evidence).toContainEqual({
      source: "kubernetes:discovery",
      value: null,
      note: "timeout: discovery timed out",
    });
  });
});
