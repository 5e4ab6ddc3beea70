import { describe, expect, it } from "vitest";
import { redactCommandLine } from "./redact-command-line";

describe("redactCommandLine", () => {
  it("redacts values of secret-looking flags, separate or joined", () => {
    expect(
      redactCommandLine({
        words: ["restic", "--password", "p4ss", "--token=abc", "--verbose", "--secret-key", "--next"],
      }),
    ).toEqual(["restic", "--password", "[redacted]", "--token=[redacted]", "--verbose", "--secret-key", "--next"]);
  });

  it("redacts inside scripts: flags, variables and URL credentials", () => {
    const [script] = redactCommandLine({
      words: [
        `AWS_SECRET_ACCESS_KEY=xyz etcdctl snapshot save /s.db && curl https://user:pw@host/x --auth-token "a b" -n`,
      ],
    });
    expect(script).toBe(
      `AWS_SECRET_ACCESS_KEY=[redacted] etcdctl snapshot save /s.db && curl https://[redacted]@host/x --auth-token [redacted] -n`,
    );
  });

  it("keeps harmless words and shortens long ones and long command lines", () => {
    expect(redactCommandLine({ words: ["etcdctl", "snapshot", "save"] })).toEqual(["etcdctl", "snapshot", "save"]);
    const [long] = redactCommandLine({ words: ["x".repeat(600)], maxChars: 10 });
    expect(long).toBe(`${"x".repeat(10)}…`);
    expect(redactCommandLine({ words: Array.from({ length: 50 }, (_, i) => `w${i}`), maxWords: 3 })).toEqual([
      "w0",
      "w1",
      "w2",
    ]);
  });
});
