import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/client/api/api-error";
import { mapClusterError } from "./map-cluster-error";

const error = (status: number, message: string, details?: Record<string, unknown>) =>
  new ApiError({ status, code: "bad_request", message, details });

describe("mapClusterError", () => {
  it("uses the server's details.field for credential refusals", () => {
    expect(mapClusterError(error(400, "uses an exec plugin", { field: "kubeconfig.users[0].user.exec" }))).toBe(
      "kubeconfig",
    );
    expect(mapClusterError(error(400, "bad ca", { field: "talosconfig.contexts.edge.ca" }))).toBe("talosconfig");
  });

  it("reads the field a validation message starts with", () => {
    expect(mapClusterError(error(400, "schedule: must be a 5-field cron expression"))).toBe("schedule");
    expect(mapClusterError(error(400, "labels.Team: invalid label key"))).toBe("labels");
    expect(mapClusterError(error(400, "kubeContext: too long"))).toBe("kubeconfig");
  });

  it("puts a name conflict on the name field", () => {
    expect(mapClusterError(error(409, 'A cluster named "edge-01" is already registered.'))).toBe("name");
  });

  it("leaves everything else to a form-level message", () => {
    expect(mapClusterError(error(403, "Your role (viewer) may not do this."))).toBeNull();
    expect(mapClusterError(error(400, "constructor: nope"))).toBeNull();
  });
});
