import { describe, expect, it } from "vitest";
import { parseKernelCmdline } from "./parse-kernel-cmdline";

describe("parseKernelCmdline", () => {
  it("splits parameters, keeps bare words and empty values apart, and honours quotes", () => {
    const { cmdline, tokens } = parseKernelCmdline({
      cmdline:
        ' talos.platform=metal console=tty0 console=ttyS0 slab_nomerge pti=on init_on_free= dyndbg="file x.c +p"\n',
    });
    expect(cmdline).toBe(
      'talos.platform=metal console=tty0 console=ttyS0 slab_nomerge pti=on init_on_free= dyndbg="file x.c +p"',
    );
    expect(tokens).toEqual([
      { key: "talos.platform", value: "metal" },
      { key: "console", value: "tty0" },
      { key: "console", value: "ttyS0" },
      { key: "slab_nomerge", value: null },
      { key: "pti", value: "on" },
      { key: "init_on_free", value: "" },
      { key: "dyndbg", value: "file x.c +p" },
    ]);
  });

  it("redacts credentials in URL values (SideroLink join tokens, passwords)", () => {
    const { cmdline, tokens } = parseKernelCmdline({
      cmdline:
        "siderolink.api=https://omni.example:8090?jointoken=abc123secret talos.config=https://user:hunter2@cfg.example/c.yaml pti=on",
    });
    expect(cmdline).not.toContain("abc123secret");
    expect(cmdline).not.toContain("hunter2");
    expect(tokens[0]).toEqual({ key: "siderolink.api", value: "https://omni.example:8090?jointoken=[redacted]" });
    expect(tokens[1]).toEqual({ key: "talos.config", value: "https://user:[redacted]@cfg.example/c.yaml" });
  });
});
