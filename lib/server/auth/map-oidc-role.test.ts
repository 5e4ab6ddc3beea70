import { describe, expect, it } from "vitest";
import { mapOidcRole } from "./map-oidc-role";

const roleMap = "lotse-admins=admin, platform=engineer,audit=auditor,everyone=viewer";

describe("mapOidcRole", () => {
  it("grants the strongest mapped role among the user's groups", () => {
    expect(mapOidcRole({ claimValue: ["everyone", "platform"], roleMap })).toBe("engineer");
    expect(mapOidcRole({ claimValue: ["audit", "lotse-admins"], roleMap })).toBe("admin");
  });

  it("accepts a single string claim", () => {
    expect(mapOidcRole({ claimValue: "audit", roleMap })).toBe("auditor");
  });

  it("refuses when nothing maps and there is no default", () => {
    expect(mapOidcRole({ claimValue: ["sales"], roleMap })).toBeNull();
    expect(mapOidcRole({ claimValue: undefined, roleMap })).toBeNull();
  });

  it("falls back to a valid default role only", () => {
    expect(mapOidcRole({ claimValue: ["sales"], roleMap, defaultRole: "viewer" })).toBe("viewer");
    expect(mapOidcRole({ claimValue: ["sales"], roleMap, defaultRole: "root" })).toBeNull();
  });

  it("ignores malformed map entries", () => {
    expect(mapOidcRole({ claimValue: ["x"], roleMap: "x=superuser,=admin,y" })).toBeNull();
  });
});
