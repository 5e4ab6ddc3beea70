import { describe, expect, it } from "vitest";
import { listCredentialContexts } from "./list-credential-contexts";

const KUBECONFIG = `apiVersion: v1
kind: Config
current-context: prod
contexts:
  - name: staging
    context: { cluster: a, user: a }
  - name: prod
    context: { cluster: b, user: b }
`;

describe("listCredentialContexts", () => {
  it("lists kubeconfig contexts and the current one", () => {
    expect(listCredentialContexts({ text: KUBECONFIG, kind: "kubeconfig" })).toEqual({
      names: ["staging", "prod"],
      current: "prod",
    });
  });

  it("lists talosconfig contexts (a mapping) and its `context`", () => {
    const text = "context: edge-01\ncontexts:\n  edge-01: { endpoints: [10.0.0.1] }\n  edge-02: {}\n";
    expect(listCredentialContexts({ text, kind: "talosconfig" })).toEqual({
      names: ["edge-01", "edge-02"],
      current: "edge-01",
    });
  });

  it("refuses aliases, so a billion-laughs file is not expanded in the browser", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 9 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const name = String.fromCharCode(98 + i);
        return `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
      "contexts: *j",
    ].join("\n");
    expect(listCredentialContexts({ text: bomb, kind: "kubeconfig" })).toBeNull();
  });

  it("gives up quietly on text that is not a credential file (the server explains)", () => {
    expect(listCredentialContexts({ text: "", kind: "kubeconfig" })).toBeNull();
    expect(listCredentialContexts({ text: "{ not yaml", kind: "kubeconfig" })).toBeNull();
    expect(listCredentialContexts({ text: "just a string", kind: "talosconfig" })).toBeNull();
    expect(listCredentialContexts({ text: "x".repeat(300 * 1024), kind: "kubeconfig" })).toBeNull();
  });
});
