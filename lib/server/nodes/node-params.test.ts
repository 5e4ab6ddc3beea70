import { describe, expect, it } from "vitest";
import { nodeNameSchema } from "./node-params";

describe("nodeNameSchema", () => {
  it("accepts Kubernetes node names (DNS-1123 subdomains) and node addresses", () => {
    for (const name of ["edge-07-w-02", "ip-10-0-1-5.eu-west-1.compute.internal", "10.5.0.2", "fd00::12"]) {
      expect(nodeNameSchema.safeParse(name).success, name).toBe(true);
    }
  });

  it("refuses upper case, leading or trailing dashes, other characters and overlong names", () => {
    for (const name of ["Edge-07", "-w-02", "w-02-", "w_02", "w 02", "../etc", "", "a".repeat(254)]) {
      expect(nodeNameSchema.safeParse(name).success, name).toBe(false);
    }
  });
});
