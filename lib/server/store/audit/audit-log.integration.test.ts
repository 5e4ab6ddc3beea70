import { beforeEach, describe, expect, it } from "vitest";
import { resetDatabase } from "@/lib/server/store/testing/reset-database";
import { recordAuditEvent } from "./record-audit-event";
import { getDb } from "@/lib/server/store/db";

describe("audit log", () => {
  beforeEach(resetDatabase);

  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await recordAuditEvent({ actor: { type: "system", label: "test" }, action: "test.event", outcome: "success" });
    const db = getDb();
    await expect(db.auditEvent.updateMany({ data: { outcome: "failure" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count()).toBe(1);
  });
});
