import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { formatGoFloat, renderGoYaml } from "./render-go-yaml";

describe("renderGoYaml", () => {
  it("renders a multi-document machine config as one indented literal block that parses back unchanged", () => {
    const config = "version: v1alpha1\nmachine:\n    type: worker\n---\napiVersion: v1alpha1\nkind: KubeletConfig\n";
    const rendered = renderGoYaml({ value: config });
    expect(rendered.startsWith("|\n    version: v1alpha1\n")).toBe(true);
    expect(parse(rendered)).toBe(config);
  });

  it("prints JSON-decoded numbers as Go prints float64, and sorts map keys", () => {
    expect([2000000000, 65534, 1e6, 0.5, 1e-5].map(formatGoFloat)).toEqual(["2e+09", "65534", "1e+06", "0.5", "1e-05"]);
    const rendered = renderGoYaml({
      value: { spec: { priority: 2000000000, hostNetwork: true } },
      sortKeys: true,
      jsonNumbers: true,
    });
    expect(rendered).toBe("spec:\n    hostNetwork: true\n    priority: 2e+09\n");
    expect(parse(rendered)).toEqual({ spec: { hostNetwork: true, priority: 2000000000 } });
  });

  it("quotes numeric-looking strings as go yaml does", () => {
    expect(renderGoYaml({ value: { current: "2", default: "0", unsupported: false } })).toBe(
      'current: "2"\ndefault: "0"\nunsupported: false\n',
    );
  });
});
