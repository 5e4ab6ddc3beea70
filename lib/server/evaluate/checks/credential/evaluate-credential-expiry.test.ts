import { describe, expect, it } from "vitest";
import { CREDENTIAL_CHECKS } from "@/lib/catalog/checks/credential-checks";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import type { CredentialCertificate } from "../../evaluator-types";
import { CREDENTIAL_EVALUATORS } from ".";
import { credentialExpiryEvaluator } from "./evaluate-credential-expiry";

const NOW = new Date("2026-11-23T12:00:00Z");

// The evaluator reads only `credentials` and `now`; the snapshot is never touched.
const evaluate = (credentials: CredentialCertificate[]) =>
  credentialExpiryEvaluator.evaluate({
    snapshot: {} as StoredSnapshot,
    platform: "talos",
    credentials,
    now: NOW,
  });

const kube = (notAfter: string): CredentialCertificate => ({ kind: "kubernetes", subject: "lotse-reader", notAfter });
const talos = (notAfter: string): CredentialCertificate => ({ kind: "talos", subject: "os:reader", notAfter });

describe("credential.expiry", () => {
  it("passes certificates valid for more than 30 days and cites each one's kind, subject and notAfter", () => {
    const [result] = evaluate([kube("2027-11-23T12:00:00Z"), talos("2027-05-01T00:00:00Z")]);
    expect(result).toEqual({
      checkId: "credential.expiry",
      subject: { kind: "cluster" },
      status: "PASS",
      message:
        'Valid for more than 30 days: kubernetes certificate "lotse-reader" is valid until 2027-11-23 (365 days left); talos certificate "os:reader" is valid until 2027-05-01 (158 days left).',
      evidence: [
        {
          source: "credentials[kubernetes/lotse-reader]",
          value: { kind: "kubernetes", subject: "lotse-reader", notAfter: "2027-11-23T12:00:00Z" },
          note: "365 days left",
        },
        {
          source: "credentials[talos/os:reader]",
          value: { kind: "talos", subject: "os:reader", notAfter: "2027-05-01T00:00:00Z" },
          note: "158 days left",
        },
      ],
    });
  });

  it("warns within 30 days (inclusive) and fails once notAfter has passed", () => {
    expect(evaluate([talos("2026-12-23T12:00:00Z")])[0]!.status).toBe("WARN");
    expect(evaluate([talos("2026-12-23T12:00:01Z")])[0]!.status).toBe("PASS");
    expect(evaluate([talos("2026-11-23T12:00:00Z")])[0]!.status).toBe("WARN");
    expect(evaluate([talos("2026-11-23T11:59:59Z")])[0]).toMatchObject({
      status: "FAIL",
      message: 'Expired: talos certificate "os:reader" expired on 2026-11-23 (less than a day ago).',
    });
  });

  it("takes the most urgent status and still names the other certificates", () => {
    const [result] = evaluate([kube("2026-12-01T00:00:00Z"), talos("2026-10-01T00:00:00Z")]);
    expect(result!.status).toBe("FAIL");
    expect(result!.message).toBe(
      'Expired: talos certificate "os:reader" expired on 2026-10-01 (53 days ago). Also: kubernetes certificate "lotse-reader" expires on 2026-12-01 (7 days left).',
    );
    expect(result!.evidence).toHaveLength(2);
  });

  it("is UNKNOWN for an unreadable notAfter, unless another certificate needs action", () => {
    expect(evaluate([kube("not a date"), talos("2027-11-23T12:00:00Z")])[0]!.status).toBe("UNKNOWN");
    expect(evaluate([kube("not a date"), talos("2026-12-01T00:00:00Z")])[0]!.status).toBe("WARN");
  });

  it("is NOT_APPLICABLE with the reason when only tokens are registered", () => {
    expect(evaluate([])).toEqual([
      {
        checkId: "credential.expiry",
        subject: { kind: "cluster" },
        status: "NOT_APPLICABLE",
        message:
          "No client certificate is registered for this cluster: its credentials are tokens, whose lifetime Lotse cannot see.",
        evidence: [{ source: "credentials", value: [], note: "no client certificate registered" }],
      },
    ]);
  });

  it("registers exactly one evaluator per credential check", () => {
    expect(CREDENTIAL_EVALUATORS.map((evaluator) => evaluator.check)).toEqual(CREDENTIAL_CHECKS);
    for (const check of CREDENTIAL_CHECKS) {
      expect(check).toMatchObject({ group: "credential", scope: "cluster" });
      expect(Object.keys(check.remediation)).toEqual(expect.arrayContaining(["talos", "kubeadm", "managed"]));
    }
  });
});
