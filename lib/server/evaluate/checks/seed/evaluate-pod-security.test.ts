import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { podSecurityEvaluator } from "./evaluate-pod-security";
import {
  apiServerFlags,
  resultAbout,
  statusBySubject,
  talosControlPlane,
  TIMEOUT_ERROR,
} from "./support/seed-test-helpers";

describe("seed.pod-security", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("judges each namespace by its enforce label, else Talos' cluster default (baseline → WARN)", async () => {
    const results = await evaluate(podSecurityEvaluator, "talos-hardened");
    expect(statusBySubject(results)).toEqual({
      "berth-planning": "PASS",
      default: "WARN",
      "kube-node-lease": "NOT_APPLICABLE",
      "kube-public": "NOT_APPLICABLE",
      "kube-system": "NOT_APPLICABLE",
      kyverno: "PASS",
      logging: "FAIL",
      monitoring: "FAIL",
      "vessel-traffic": "PASS",
    });
    const fallback = resultAbout(results, "default");
    expect(fallback.message).toBe(
      "Namespace default enforces baseline (the cluster default), which still admits root containers and default capabilities: move it to restricted.",
    );
    expect(fallback.evidence.map((item) => item.value)).toEqual([null, "baseline", ["kube-system"]]);
    expect(resultAbout(results, "logging").message).toContain("enforces only privileged (label)");
  });

  it("passes unlabelled namespaces when the Talos default enforces restricted", async () => {
    const results = await evaluate(podSecurityEvaluator, "talos-default", {
      mutate: (snapshot) => {
        talosControlPlane(snapshot).admissionControl.data!.podSecurity!.defaults.enforce = "restricted";
      },
    });
    expect(resultAbout(results, "vessel-traffic")).toMatchObject({
      status: "PASS",
      message: "Namespace vessel-traffic enforces restricted (the cluster default).",
    });
  });

  it("fails unlabelled namespaces on kubeadm without an admission config (built-in default privileged)", async () => {
    const result = resultAbout(await evaluate(podSecurityEvaluator, "kubeadm-default"), "berth-planning");
    expect(result.status).toBe("FAIL");
    expect(result.evidence[1]).toMatchObject({
      source:
        "kubernetes.controlPlanePods[kube-system/kube-apiserver-kubeadm-default-cp-01].flags.admission-control-config-file",
      value: null,
    });
  });

  it("fails an exempt namespace and every namespace when the PodSecurity plugin is disabled", async () => {
    const exempt = await evaluate(podSecurityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        talosControlPlane(snapshot).admissionControl.data!.podSecurity!.exemptions.namespaces.push("vessel-traffic");
      },
    });
    expect(resultAbout(exempt, "vessel-traffic").status).toBe("FAIL");
    expect(resultAbout(exempt, "vessel-traffic").message).toContain("is exempt from Pod Security Admission");
    const disabled = await evaluate(podSecurityEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        apiServerFlags(snapshot)["disable-admission-plugins"] = "PodSecurity";
      },
    });
    expect(resultAbout(disabled, "berth-planning").status).toBe("FAIL");
    expect(resultAbout(disabled, "berth-planning").message).toContain("PodSecurity admission is disabled");
  });

  it("warns about unlabelled namespaces whose default is not visible (kubeadm config file, managed)", async () => {
    const kubeadm = resultAbout(await evaluate(podSecurityEvaluator, "kubeadm-hardened"), "default");
    expect(kubeadm.status).toBe("WARN");
    expect(kubeadm.message).toContain("/etc/kubernetes/admission/admission-config.yaml, which is not visible");
    const managed = await evaluate(podSecurityEvaluator, "managed");
    expect(resultAbout(managed, "vessel-traffic").status).toBe("WARN");
    expect(resultAbout(managed, "cosign-system").status).toBe("PASS");
    expect(resultAbout(managed, "berth-planning").status).toBe("WARN");
  });

  it("is UNKNOWN for unlabelled namespaces when Talos' AdmissionControlConfig cannot be read", async () => {
    const results = await evaluate(podSecurityEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        const node = talosControlPlane(snapshot);
        node.admissionControl = {
          data: null,
          errors: [{ target: `talos:node/${node.node}:AdmissionControlConfig`, ...TIMEOUT_ERROR }],
          isApplicable: true,
        };
      },
    });
    const unlabelled = resultAbout(results, "default");
    expect(unlabelled.status).toBe("UNKNOWN");
    expect(unlabelled.evidence.at(-1)).toMatchObject({
      value: null,
      note: "timeout: the call timed out after 10000 ms",
    });
    // Labels still decide where they are set: FAIL on what is there.
    expect(resultAbout(results, "logging").status).toBe("FAIL");
  });

  it("is one UNKNOWN for the cluster when the namespaces cannot be listed", async () => {
    const results = await evaluate(podSecurityEvaluator, "kubeadm-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.namespaces = {
          data: null,
          errors: [{ target: "kubernetes:namespaces", ...TIMEOUT_ERROR }],
        };
      },
    });
    expect(statusBySubject(results)).toEqual({ cluster: "UNKNOWN" });
    expect(results[0]!.evidence[0]!.source).toBe("kubernetes:namespaces");
  });
});
