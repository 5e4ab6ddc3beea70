import { describe, expect, it } from "vitest";
import { parseCredentialYaml } from "./parse-credential-yaml";
import { parseKubeconfig } from "./parse-kubeconfig";
import { parseTalosconfig } from "./parse-talosconfig";
import { catchCredentialError } from "./testing/catch-credential-error";

const parse = (text: string) => parseCredentialYaml({ text, field: "kubeconfig", label: "kubeconfig" });

/** Classic billion laughs: 9^levels strings once expanded (9^15 ≈ 2·10^14 here). */
function yamlBomb(levels: number): string {
  const names = Array.from({ length: levels + 1 }, (_, i) => `l${i}`);
  let text = `${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  for (let i = 1; i <= levels; i++)
    text += `${names[i]}: &${names[i]} [${Array(9)
      .fill(`*${names[i - 1]}`)
      .join(",")}]\n`;
  return text;
}

describe("parseCredentialYaml", () => {
  it("reads plain YAML into data", () => {
    expect(parse("a: 1\nb: [x, y]\n")).toEqual({ a: 1, b: ["x", "y"] });
  });

  it("reports malformed YAML with line and column", () => {
    const error = catchCredentialError(() => parse("clusters:\n- name: a\n  cluster: {server: [\n"));
    expect(error.status).toBe(400);
    expect(error.field).toBe("kubeconfig");
    expect(error.message).toMatch(/^The kubeconfig is not valid YAML \(line \d+, column \d+\): /);
  });

  it("does not quote the offending source line (it may hold a secret)", () => {
    const error = catchCredentialError(() => parse('users:\n- name: a\n  user: {token: "s3cr3t-token-value}\n'));
    expect(error.message).not.toContain("s3cr3t");
  });

  it("refuses duplicate keys", () => {
    expect(catchCredentialError(() => parse("a: 1\na: 2\n")).message).toMatch(/line 2, column 1/);
  });

  it("refuses several documents", () => {
    expect(catchCredentialError(() => parse("a: 1\n---\nb: 2\n")).message).toMatch(/several YAML documents/);
  });

  it("refuses empty input", () => {
    expect(catchCredentialError(() => parse("  \n")).message).toBe("The kubeconfig is empty.");
  });

  it("refuses a 5 MiB file with 413 before parsing it", () => {
    // Unparseable on purpose: a parse attempt would report a YAML error instead of the size.
    const error = catchCredentialError(() => parse(`[${"x".repeat(5 * 1024 * 1024)}`));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/is 5\.0 MiB; the limit is 256 KiB/);
  });

  it("counts bytes, not characters, against the 256 KiB limit", () => {
    const text = `a: "${"é".repeat(140 * 1024)}"\n`; // ~140 Ki characters, ~280 KiB
    expect(catchCredentialError(() => parse(text)).status).toBe(413);
  });

  it("refuses anchors and aliases, naming the position", () => {
    const error = catchCredentialError(() => parse("a: &x 1\nb: *x\n"));
    expect(error.message).toMatch(/uses YAML anchors or aliases \(line 1, column \d+\)/);
  });

  it("refuses a billion-laughs bomb without expanding it", { timeout: 10_000 }, () => {
    const bomb = yamlBomb(15);
    const started = performance.now();
    const error = catchCredentialError(() => parseKubeconfig({ text: bomb }));
    const elapsedMs = performance.now() - started;
    expect(error.message).toMatch(/anchors or aliases/);
    // Expanding 2·10^14 nodes would take days or run out of memory; a refusal takes milliseconds.
    // The bound is deliberately generous (no timing precision is asserted).
    expect(elapsedMs).toBeLessThan(5_000);
    expect(catchCredentialError(() => parseTalosconfig({ text: bomb })).message).toMatch(/anchors or aliases/);
  });

  it("turns nesting deep enough to exhaust the stack into a CredentialError", () => {
    for (const text of [
      "[".repeat(200_000),
      `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
      `${"- ".repeat(50_000)}x`,
      `${"{a: ".repeat(30_000)}`,
    ]) {
      const error = catchCredentialError(() => parse(text));
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/nested too deeply|not valid YAML/);
    }
  });
});
