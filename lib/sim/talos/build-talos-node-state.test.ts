import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { buildTalosNodeState } from "./build-talos-node-state";
import type { BuildTalosNodeStateOptions, TalosNodeState } from "./talos-node-state";

const base: BuildTalosNodeStateOptions = {
  talosVersion: "1.12.3",
  kubernetesVersion: "1.35.0",
  hostname: "cp-1",
  ip: "10.5.0.2",
  role: "controlplane",
  variant: "hardened",
  clusterName: "edge-1",
};

const param = (state: TalosNodeState, id: string) => state.kernelParams.find((entry) => entry.id === id);
const cmdlineArgs = (state: TalosNodeState) => state.kernelCmdline.split(" ");
const configDocs = (state: TalosNodeState) =>
  parseAllDocuments(state.machineConfig).map((doc) => doc.toJS() as Record<string, unknown>);

describe("buildTalosNodeState: KSPP sysctls per Talos version (reference §4.1)", () => {
  it("applies the 16 KSPP sysctls of v1.12+ with kptr_restrict=2 and ptrace_scope=2", () => {
    for (const talosVersion of ["1.12.0", "1.13.9", "1.14.0"]) {
      const state = buildTalosNodeState({ ...base, talosVersion });
      const expected: Record<string, string> = {
        "proc.sys.dev.tty.ldisc_autoload": "0",
        "proc.sys.dev.tty.legacy_tiocsti": "0",
        "proc.sys.fs.protected_symlinks": "1",
        "proc.sys.fs.protected_hardlinks": "1",
        "proc.sys.fs.protected_fifos": "2",
        "proc.sys.fs.protected_regular": "2",
        "proc.sys.fs.suid_dumpable": "0",
        "proc.sys.kernel.kptr_restrict": "2",
        "proc.sys.kernel.dmesg_restrict": "1",
        "proc.sys.kernel.perf_event_paranoid": "3",
        "proc.sys.kernel.randomize_va_space": "2",
        "proc.sys.kernel.yama.ptrace_scope": "2",
        "proc.sys.user.max_user_namespaces": "0",
        "proc.sys.kernel.unprivileged_bpf_disabled": "1",
        "proc.sys.net.core.bpf_jit_harden": "2",
        "proc.sys.vm.unprivileged_userfaultfd": "0",
      };
      for (const [id, value] of Object.entries(expected))
        expect(param(state, id)?.current, `${talosVersion} ${id}`).toBe(value);
    }
  });

  it("applies only the seven v1.11 KSPP sysctls, with kptr_restrict=1 and ptrace_scope=1, on v1.10 and v1.11", () => {
    for (const talosVersion of ["1.10.4", "1.11.0"]) {
      const state = buildTalosNodeState({ ...base, talosVersion });
      expect(param(state, "proc.sys.kernel.kptr_restrict")?.current).toBe("1");
      expect(param(state, "proc.sys.kernel.yama.ptrace_scope")?.current).toBe("1");
      expect(param(state, "proc.sys.fs.protected_fifos")).toBeUndefined();
      expect(param(state, "proc.sys.vm.unprivileged_userfaultfd")).toBeUndefined();
    }
  });

  it("adds send_redirects=0 only from v1.14 and ctrl-alt-del only from v1.13.7", () => {
    const v1136 = buildTalosNodeState({ ...base, talosVersion: "1.13.6" });
    const v1137 = buildTalosNodeState({ ...base, talosVersion: "1.13.7" });
    const v114 = buildTalosNodeState({ ...base, talosVersion: "1.14.0" });
    expect(param(v1136, "proc.sys.kernel.ctrl-alt-del")).toBeUndefined();
    expect(param(v1137, "proc.sys.kernel.ctrl-alt-del")?.current).toBe("0");
    expect(param(v1137, "proc.sys.net.ipv4.conf.all.send_redirects")).toBeUndefined();
    expect(param(v114, "proc.sys.net.ipv4.conf.all.send_redirects")?.current).toBe("0");
    expect(param(v114, "proc.sys.net.ipv4.ip_local_reserved_ports")?.current).toBe("50000,50001");
  });
});

describe("buildTalosNodeState: kernel command line per version (reference §4.2–4.3)", () => {
  it("always carries the required KSPP arguments slab_nomerge and pti=on", () => {
    for (const talosVersion of ["1.10.0", "1.12.0", "1.14.0"]) {
      const args = cmdlineArgs(buildTalosNodeState({ ...base, talosVersion, variant: "default" }));
      expect(args).toContain("slab_nomerge");
      expect(args).toContain("pti=on");
    }
  });

  it("follows DefaultArgs: IMA only on v1.10, init_on_alloc and nvme timeout dropped in v1.14, proc_mem from v1.13", () => {
    const v110 = cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.10.0", variant: "default" }));
    const v112 = cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.12.0", variant: "default" }));
    const v113 = cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.13.0", variant: "default" }));
    const v114 = cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.14.0", variant: "default" }));
    expect(v110).toContain("ima_appraise=fix");
    expect(v110).not.toContain("module.sig_enforce=1");
    expect(v112).not.toContain("ima_appraise=fix");
    expect(v112).toEqual(
      expect.arrayContaining([
        "init_on_alloc=1",
        "nvme_core.io_timeout=4294967295",
        "selinux=1",
        "module.sig_enforce=1",
      ]),
    );
    expect(v112).not.toContain("proc_mem.force_override=never");
    expect(v113).toContain("proc_mem.force_override=never");
    expect(v114).not.toContain("init_on_alloc=1");
    expect(v114).not.toContain("nvme_core.io_timeout=4294967295");
    expect(v114).toEqual(expect.arrayContaining(["module.sig_enforce=1", "proc_mem.force_override=never"]));
  });

  it("adds lockdown=confidentiality on Secure Boot images before v1.14 only", () => {
    expect(cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.13.0" }))).toContain("lockdown=confidentiality");
    expect(cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.14.0" }))).not.toContain(
      "lockdown=confidentiality",
    );
    expect(cmdlineArgs(buildTalosNodeState({ ...base, talosVersion: "1.13.0", variant: "default" }))).not.toContain(
      "lockdown=confidentiality",
    );
  });
});

describe("buildTalosNodeState: variants", () => {
  it("hardened: Secure Boot UKI, SELinux enforcing, module signatures enforced, PCR key fingerprint", () => {
    const { securityState, kernelCmdline } = buildTalosNodeState({ ...base });
    expect(securityState).toMatchObject({
      secureBoot: true,
      bootedWithUKI: true,
      selinuxState: "enabled, enforcing",
      moduleSignatureEnforced: true,
    });
    expect(securityState.pcrSigningKeyFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(securityState.ukiSigningKeyFingerprint).toBeUndefined();
    expect(kernelCmdline.split(" ")).toContain("enforcing=1");
  });

  it("default: a fresh install without Secure Boot, SELinux permissive, no PCR key", () => {
    const { securityState } = buildTalosNodeState({ ...base, variant: "default" });
    expect(securityState).toEqual({
      secureBoot: false,
      selinuxState: "enabled, permissive",
      bootedWithUKI: true,
      moduleSignatureEnforced: true,
    });
  });

  it("omits moduleSignatureEnforced before v1.12, where the field does not exist", () => {
    expect(
      buildTalosNodeState({ ...base, talosVersion: "1.11.0" }).securityState.moduleSignatureEnforced,
    ).toBeUndefined();
  });

  it("drifted: weakened kptr_restrict and bpf_jit_harden, Secure Boot off, overrides in machine.sysctls", () => {
    const state = buildTalosNodeState({ ...base, variant: "drifted" });
    expect(param(state, "proc.sys.kernel.kptr_restrict")).toEqual({
      id: "proc.sys.kernel.kptr_restrict",
      current: "1",
      default: "0",
      unsupported: false,
    });
    expect(param(state, "proc.sys.net.core.bpf_jit_harden")?.current).toBe("1");
    expect(state.securityState.secureBoot).toBe(false);
    const machine = configDocs(state)[0]?.machine as { sysctls?: Record<string, string> };
    expect(machine.sysctls).toEqual({ "kernel.kptr_restrict": "1", "net.core.bpf_jit_harden": "1" });
  });

  it("lets the drift decide explicitly, on top of any variant", () => {
    const state = buildTalosNodeState({
      ...base,
      variant: "drifted",
      drift: { sysctls: { "kernel.yama.ptrace_scope": "0" }, secureBoot: true, selinux: "disabled" },
    });
    expect(param(state, "proc.sys.kernel.yama.ptrace_scope")?.current).toBe("0");
    expect(param(state, "proc.sys.kernel.kptr_restrict")?.current).toBe("1");
    expect(state.securityState.secureBoot).toBe(true);
    expect(state.securityState.selinuxState).toBeUndefined();
    expect(cmdlineArgs(state)).not.toContain("selinux=1");
    const hardened = buildTalosNodeState({ ...base, drift: { sysctls: { "net.core.bpf_jit_harden": "0" } } });
    expect(param(hardened, "proc.sys.net.core.bpf_jit_harden")?.current).toBe("0");
  });
});

describe("buildTalosNodeState: machine config", () => {
  it("puts the cluster secrets at the paths Talos redacts (v1alpha1 layout up to v1.13)", () => {
    const [doc] = configDocs(buildTalosNodeState({ ...base, talosVersion: "1.13.0" }));
    const machine = doc?.machine as Record<string, Record<string, string>>;
    const cluster = doc?.cluster as Record<string, Record<string, unknown> | string>;
    expect(machine.token).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    expect(Buffer.from(String(machine.ca?.key), "base64").toString()).toContain("-----BEGIN ED25519 PRIVATE KEY-----");
    for (const path of ["secret", "token", "secretboxEncryptionSecret"])
      expect(cluster[path], path).toEqual(expect.any(String));
    for (const section of ["ca", "aggregatorCA", "etcd"]) {
      const value =
        section === "etcd" ? (cluster.etcd as { ca: { key: string } }).ca : (cluster[section] as { key: string });
      expect(Buffer.from(value.key, "base64").toString(), section).toContain("PRIVATE KEY-----");
    }
    expect((cluster.serviceAccount as { key: string }).key).toEqual(expect.any(String));
  });

  it("gives workers no CA keys and shares secrets across the cluster's nodes", () => {
    const worker = configDocs(buildTalosNodeState({ ...base, hostname: "w-1", ip: "10.5.0.3", role: "worker" }))[0];
    const cp = configDocs(buildTalosNodeState({ ...base }))[0];
    expect((worker?.machine as { ca: { key: string } }).ca.key).toBe("");
    expect((worker?.cluster as Record<string, unknown>).aggregatorCA).toBeUndefined();
    expect((worker?.machine as { token: string }).token).toBe((cp?.machine as { token: string }).token);
  });

  it("moves Kubernetes settings and their secrets into separate documents on v1.14", () => {
    const docs = configDocs(buildTalosNodeState({ ...base, talosVersion: "1.14.0" }));
    const kinds = docs.map((doc) => doc.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "KubeAPIServerCAConfig",
        "KubeServiceAccountConfig",
        "KubeEtcdEncryptionConfig",
        "DiscoveryIdentityConfig",
      ]),
    );
    const serviceAccount = docs.find((doc) => doc.kind === "KubeServiceAccountConfig") as {
      issuer: { privateKey: string };
    };
    expect(serviceAccount.issuer.privateKey).toContain("-----BEGIN EC PRIVATE KEY-----");
    expect((docs[0]?.cluster as Record<string, unknown>).secretboxEncryptionSecret).toBeUndefined();
  });
});

it("is deterministic for the same inputs", () => {
  expect(buildTalosNodeState({ ...base, variant: "drifted" })).toEqual(
    buildTalosNodeState({ ...base, variant: "drifted" }),
  );
  expect(buildTalosNodeState({ ...base, seed: 2 }).machineConfig).not.toBe(
    buildTalosNodeState({ ...base }).machineConfig,
  );
});

it("refuses Talos versions it does not model", () => {
  expect(() => buildTalosNodeState({ ...base, talosVersion: "1.9.5" })).toThrow(/not modelled/);
});
