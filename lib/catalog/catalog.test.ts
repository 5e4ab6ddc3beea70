import { describe, expect, it } from "vitest";
import { CATALOG, checksForControl, controlsOfFramework, findCheck, mappingsForCheck } from "./catalog";
import type { FrameworkId } from "./catalog-types";
import { CIS_CHECKS } from "./checks/cis-checks";
import { SEED_CHECKS } from "./checks/seed-checks";
import { SEED_CHECK_IDS } from "./mappings/seed-mappings";
import { validateCatalog } from "./validate-catalog";

const mappingsOf = (frameworkId: FrameworkId) => CATALOG.mappings.filter((m) => m.frameworkId === frameworkId);

describe("CATALOG", () => {
  it("is valid: unique ids, every mapping names a defined check and control with its provenance", () => {
    expect(validateCatalog(CATALOG)).toEqual([]);
  });

  it("defines exactly the ten seed checks the mappings use", () => {
    expect(SEED_CHECKS.map((check) => check.id).sort()).toEqual([...SEED_CHECK_IDS].sort());
  });

  it("has a semver version", () => {
    expect(CATALOG.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("has the seven frameworks", () => {
    expect(CATALOG.frameworks.map((framework) => framework.id)).toEqual([
      "cis-k8s",
      "nist-800-53",
      "iso-27001",
      "soc2",
      "pci-dss",
      "nis2",
      "gdpr",
    ]);
  });
});

describe("CIS Kubernetes Benchmark 1.10", () => {
  const controls = controlsOfFramework("cis-k8s");

  it("lists all 130 recommendations once, 59 master, 7 etcd, 5 control plane, 24 node, 35 policies", () => {
    expect(controls).toHaveLength(130);
    expect(new Set(controls.map((control) => control.id)).size).toBe(130);
    const perSection: Record<string, number> = {};
    for (const { id } of controls) {
      const section = id.split(".")[0] ?? "";
      perSection[section] = (perSection[section] ?? 0) + 1;
    }
    expect(perSection).toEqual({ "1": 59, "2": 7, "3": 5, "4": 24, "5": 35 });
  });

  it("maps every CIS check to the control with its own id, as the benchmark's own", () => {
    for (const check of CIS_CHECKS) {
      expect(mappingsForCheck(check.id)).toContainEqual({
        checkId: check.id,
        frameworkId: "cis-k8s",
        controlId: check.id.replace(/^cis\./, ""),
        provenance: "benchmark",
      });
    }
    expect(mappingsOf("cis-k8s").filter((m) => m.provenance === "benchmark")).toHaveLength(CIS_CHECKS.length);
  });
});

describe("seed check mappings", () => {
  const ALL: FrameworkId[] = ["cis-k8s", "nist-800-53", "iso-27001", "soc2", "pci-dss", "nis2", "gdpr"];
  const NO_CIS = ALL.filter((framework) => framework !== "cis-k8s");
  // Reference §2.3: checks 1, 8, 9 and 10 have no CIS Kubernetes item; everything else maps to all seven.
  const EXPECTED: Record<(typeof SEED_CHECK_IDS)[number], FrameworkId[]> = {
    "seed.api-server-access": NO_CIS,
    "seed.pod-security": ALL,
    "seed.secrets-encryption": ALL,
    "seed.audit-logging": ALL,
    "seed.network-policies": ALL,
    "seed.anonymous-rbac": ALL,
    "seed.image-policy": ALL,
    "seed.versions": NO_CIS,
    "seed.immutability": NO_CIS,
    "seed.etcd-backup": NO_CIS,
  };

  it.each(SEED_CHECK_IDS)("%s maps to every framework the reference maps it to", (checkId) => {
    const frameworks = new Set(mappingsForCheck(checkId).map((mapping) => mapping.frameworkId));
    expect([...frameworks].sort()).toEqual([...EXPECTED[checkId]].sort());
  });

  it("keeps the talk's word only for seed checks, and cites the talk in every correction", () => {
    for (const mapping of CATALOG.mappings) {
      if (mapping.provenance === "seed-talk") expect(mapping.checkId).toMatch(/^seed\./);
      if (mapping.provenance === "corrected") expect(mapping.reason).toMatch(/talk/i);
    }
  });

  it("maps node and credential checks only as proposals with a reason", () => {
    const own = CATALOG.mappings.filter((m) => /^(node|credential)\./.test(m.checkId));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((m) => m.provenance === "proposed" && (m.reason ?? "").length > 20)).toBe(true);
  });
});

describe("ISO/IEC 27001 numbering", () => {
  it("uses only 2022 Annex A ids (themes A.5–A.8, at most 37/8/14/34 controls)", () => {
    const limits: Record<string, number> = { "5": 37, "6": 8, "7": 14, "8": 34 };
    for (const { id } of controlsOfFramework("iso-27001")) {
      const [, theme = "", number = ""] = /^A\.(\d+)\.(\d+)$/.exec(id) ?? [];
      expect(Number(number), id).toBeGreaterThanOrEqual(1);
      expect(Number(number), id).toBeLessThanOrEqual(limits[theme] ?? 0);
    }
    expect(mappingsOf("iso-27001").every((m) => !/^A\.(9|1\d)\./.test(m.controlId))).toBe(true);
  });

  it("stores the talk's 2013 and misnumbered ids as their 2022 controls", () => {
    const iso = (checkId: string) =>
      mappingsForCheck(checkId)
        .filter((m) => m.frameworkId === "iso-27001" && m.provenance === "corrected")
        .map((m) => m.controlId);
    expect(iso("seed.api-server-access")).toEqual(["A.8.3"]);
    expect(iso("seed.network-policies")).toEqual(["A.8.20", "A.8.22"]);
    expect(iso("seed.etcd-backup")).toEqual(["A.8.13"]);
    const titles = Object.fromEntries(controlsOfFramework("iso-27001").map((c) => [c.id, c.title]));
    expect(titles).toMatchObject({
      "A.8.3": "Information access restriction",
      "A.8.13": "Information backup",
      "A.8.20": "Networks security",
      "A.8.24": "Use of cryptography",
    });
  });
});

describe("lookup helpers", () => {
  it("find checks, controls and mappings", () => {
    expect(findCheck("credential.expiry")?.group).toBe("credential");
    expect(findCheck("nope")).toBeUndefined();
    expect(controlsOfFramework("gdpr").map((c) => c.id)).toContain("Art. 32(1)(b)");
    expect(mappingsForCheck("seed.etcd-backup")).toContainEqual({
      checkId: "seed.etcd-backup",
      frameworkId: "nist-800-53",
      controlId: "CP-9",
      provenance: "seed-talk",
    });
    expect(checksForControl("nist-800-53", "IA-5").map((check) => check.id)).toEqual(["credential.expiry"]);
    expect(checksForControl("cis-k8s", "1.2.1").map((check) => check.id)).toContain("cis.1.2.1");
  });
});
