import { beforeAll, describe, expect, it } from "vitest";
import type { StoredSnapshot } from "@/lib/server/collect/snapshot/encode-snapshot";
import { evaluate, FIXTURE_TIMEOUT_MS, warmFixtures } from "../cis/testing/cis-fixtures";
import { auditLoggingEvaluator } from "./evaluate-audit-logging";

const REACH = /^kubernetes\.pods\[log shipper on .+\]\.volumes\.hostPath$/;

/** The pods of the logging namespace's DaemonSet, changed by `change`. */
const changeShipperPods =
  (change: (volumes: { hostPath: { path: string } | null }[]) => void) => (snapshot: StoredSnapshot) => {
    for (const pod of snapshot.kubernetes.pods.data ?? []) if (pod.namespace === "logging") change(pod.volumes);
  };

describe("seed.audit-logging: whether a log shipper can read the node's audit log", () => {
  beforeAll(() => warmFixtures(), FIXTURE_TIMEOUT_MS);

  it("names the shipper whose host mount holds Talos' audit log path on the control plane", async () => {
    const [result] = await evaluate(auditLoggingEvaluator, "talos-hardened");
    expect(result!.evidence).toContainEqual({
      source: expect.stringMatching(REACH),
      value: {
        auditLogPath: "/var/log/audit/kube/kube-apiserver.log",
        readableBy: ["logging/fluent-bit (hostPath /var/log)"],
      },
      note: expect.stringContaining("can read it; whether they ship it is their configuration's"),
    });
  });

  it("says when the shipper on the node mounts no directory with the audit log, or none runs there, without changing the status", async () => {
    const [plain] = await evaluate(auditLoggingEvaluator, "talos-hardened");
    const [narrow] = await evaluate(auditLoggingEvaluator, "talos-hardened", {
      mutate: changeShipperPods((volumes) => {
        for (const volume of volumes) if (volume.hostPath) volume.hostPath.path = "/var/log/pods";
      }),
    });
    expect(narrow!.status).toBe(plain!.status);
    expect(narrow!.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(REACH),
        value: { auditLogPath: "/var/log/audit/kube/kube-apiserver.log", readableBy: [] },
        note: expect.stringContaining("mount no host directory that holds the audit log"),
      }),
    );
    const [absent] = await evaluate(auditLoggingEvaluator, "talos-hardened", {
      mutate: (snapshot) => {
        snapshot.kubernetes.pods.data = (snapshot.kubernetes.pods.data ?? []).filter(
          (pod) => pod.namespace !== "logging",
        );
      },
    });
    expect(absent!.evidence).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(REACH),
        note: expect.stringContaining("no log shipper runs on"),
      }),
    );
  });
});
