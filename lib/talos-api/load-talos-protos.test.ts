import { describe, expect, it } from "vitest";
import { loadTalosProtos } from "./load-talos-protos";

describe("loadTalosProtos", () => {
  it("declares the RPC paths apid serves", () => {
    const { machineService, stateService } = loadTalosProtos();
    expect(Object.values(machineService).map((method) => method.path)).toEqual([
      "/machine.MachineService/Version",
      "/machine.MachineService/ServiceList",
      "/machine.MachineService/Hostname",
      "/machine.MachineService/EtcdMemberList",
      "/machine.MachineService/EtcdStatus",
    ]);
    expect(stateService.Get?.path).toBe("/cosi.resource.State/Get");
    expect(stateService.List?.responseStream).toBe(true);
  });

  it("uses the wire field numbers of the reference tables", () => {
    const { specRoot } = loadTalosProtos();
    const fieldIds = (name: string) =>
      Object.fromEntries(Object.entries(specRoot.lookupType(name).fields).map(([field, value]) => [field, value.id]));
    expect(fieldIds("talos.resource.definitions.runtime.SecurityStateSpec")).toEqual({
      secure_boot: 1,
      uki_signing_key_fingerprint: 2,
      pcr_signing_key_fingerprint: 3,
      se_linux_state: 4,
      booted_with_uki: 5,
      fips_state: 6,
      module_signature_enforced: 7,
    });
    expect(fieldIds("resource.config.MachineConfigSpec")).toEqual({ yaml_marshalled: 1 });
    expect(fieldIds("cosi.resource.meta.ResourceDefinitionSpec").sensitivity).toBe(7);
  });

  it("encodes a message the way protoc would (field 1, wire type 2)", () => {
    const type = loadTalosProtos().specRoot.lookupType("resource.config.MachineConfigSpec");
    const bytes = type.encode(type.fromObject({ yaml_marshalled: Buffer.from("abc") })).finish();
    expect(Buffer.from(bytes).toString("hex")).toBe("0a03616263");
  });

  it("loads once per process", () => {
    expect(loadTalosProtos()).toBe(loadTalosProtos());
  });
});
