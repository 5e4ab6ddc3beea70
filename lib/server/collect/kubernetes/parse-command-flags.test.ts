import { describe, expect, it } from "vitest";
import { parseCommandFlags } from "./parse-command-flags";
import { tokenizeCommandLine } from "./tokenize-command-line";

describe("parseCommandFlags", () => {
  it("reads --a=b, --a b, bare booleans and single-dash flags", () => {
    expect(
      parseCommandFlags({
        argv: [
          "/usr/local/bin/kube-apiserver",
          "--anonymous-auth=false",
          "--bind-address",
          "0.0.0.0",
          "--allow-privileged",
          "-v=2",
        ],
      }),
    ).toEqual({
      binary: "/usr/local/bin/kube-apiserver",
      flags: { "anonymous-auth": "false", "bind-address": "0.0.0.0", "allow-privileged": "true", v: "2" },
      positional: [],
    });
  });

  it("keeps every value of a repeated flag in order", () => {
    const { flags } = parseCommandFlags({ argv: ["etcd", "--listen=a", "--listen", "b", "--listen=c"] });
    expect(flags.listen).toEqual(["a", "b", "c"]);
  });

  it("keeps '=' inside values and empty values", () => {
    const { flags } = parseCommandFlags({
      argv: ["kube-apiserver", "--feature-gates=A=true,B=false", "--service-account-issuer=", "--x=a=b"],
    });
    expect(flags).toEqual({ "feature-gates": "A=true,B=false", "service-account-issuer": "", x: "a=b" });
  });

  it("treats a flag followed by another flag as a boolean", () => {
    expect(parseCommandFlags({ argv: ["kube-scheduler", "--leader-elect", "--profiling=false"] }).flags).toEqual({
      "leader-elect": "true",
      profiling: "false",
    });
  });

  it("parses args without a command (no binary) and stops at --", () => {
    expect(parseCommandFlags({ argv: ["--a=1", "--", "--not-a-flag", "x"] })).toEqual({
      binary: null,
      flags: { a: "1" },
      positional: ["--not-a-flag", "x"],
    });
  });

  it("strips matching quotes from values", () => {
    const { flags } = parseCommandFlags({
      argv: ["kube-apiserver", '--tls-cipher-suites="A,B"', "--name", "'x y'", '--odd="half'],
    });
    expect(flags).toEqual({ "tls-cipher-suites": "A,B", name: "x y", odd: '"half' });
  });

  it("splits `sh -c` scripts and single-word command lines shell-style", () => {
    expect(
      parseCommandFlags({
        argv: ["/bin/sh", "-c", `kube-apiserver --audit-policy-file="/etc/a b.yaml" --v 2 \\\n --profiling=false`],
      }),
    ).toEqual({
      binary: "kube-apiserver",
      flags: { "audit-policy-file": "/etc/a b.yaml", v: "2", profiling: "false" },
      positional: [],
    });
    expect(parseCommandFlags({ argv: ["etcd --data-dir=/var/lib/etcd --client-cert-auth"] }).flags).toEqual({
      "data-dir": "/var/lib/etcd",
      "client-cert-auth": "true",
    });
  });

  it("does not split words of a plain argv that contain blanks", () => {
    expect(parseCommandFlags({ argv: ["kube-apiserver", "--oidc-username-prefix=a b"] }).flags).toEqual({
      "oidc-username-prefix": "a b",
    });
  });

  it("returns nothing for an empty command line", () => {
    expect(parseCommandFlags({ argv: [] })).toEqual({ binary: null, flags: {}, positional: [] });
  });
});

describe("tokenizeCommandLine", () => {
  it("follows shell quoting and escaping", () => {
    expect(tokenizeCommandLine({ text: `a 'b c' "d \\"e\\" $F" g\\ h '' "i'j"` })).toEqual([
      "a",
      "b c",
      'd "e" $F',
      "g h",
      "",
      "i'j",
    ]);
  });

  it("joins continued lines and runs an unterminated quote to the end", () => {
    expect(tokenizeCommandLine({ text: "a \\\n b 'c d" })).toEqual(["a", "b", "c d"]);
  });
});
