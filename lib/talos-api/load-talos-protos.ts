// Loads Lotse's own Talos API .proto files once per process; the simulator and the client share
// the result (no `server-only`: this runs in the plain-Node worker too).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSync, type PackageDefinition, type ServiceDefinition } from "@grpc/proto-loader";
import protobuf from "protobufjs";

/** gRPC service files: the wire API (paths `/machine.MachineService/*`, `/cosi.resource.State/*`). */
const SERVICE_FILES = ["machine/machine.proto", "v1alpha1/state.proto"];

/** Files of the resource spec messages carried in `Spec.proto_spec`. */
const SPEC_FILES = [
  "v1alpha1/meta.proto",
  "resource/definitions/runtime.proto",
  "resource/definitions/v1alpha1.proto",
  "resource/definitions/etcd.proto",
  "resource/definitions/k8s.proto",
  "resource/config/config.proto",
];

export interface TalosProtos {
  /** Service and message definitions for @grpc/grpc-js (snake_case fields, 64-bit ints as strings). */
  packageDefinition: PackageDefinition;
  machineService: ServiceDefinition;
  stateService: ServiceDefinition;
  /** protobufjs root holding the spec messages, e.g. `talos.resource.definitions.runtime.SecurityStateSpec`. */
  specRoot: protobuf.Root;
  /** Directory the .proto files were read from. */
  protoDir: string;
}

/**
 * Options shared by both sides: field names as on the wire, 64-bit integers as decimal strings
 * (etcd member IDs do not fit a JS number), enums by name, defaults filled in on decode.
 */
export const TALOS_PROTO_LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
} as const;

let cached: TalosProtos | undefined;

/** Returns the loaded Talos protos, parsing the files on first use only. */
export function loadTalosProtos(): TalosProtos {
  if (cached) return cached;
  const protoDir = resolveProtoDir();
  const packageDefinition = loadSync(
    SERVICE_FILES.map((file) => path.join(protoDir, file)),
    { ...TALOS_PROTO_LOADER_OPTIONS, includeDirs: [protoDir] },
  );
  const machineService = packageDefinition["machine.MachineService"];
  const stateService = packageDefinition["cosi.resource.State"];
  if (!isServiceDefinition(machineService) || !isServiceDefinition(stateService)) {
    throw new Error(`Talos protos in ${protoDir} do not define machine.MachineService and cosi.resource.State`);
  }
  const specRoot = new protobuf.Root();
  // Resolve imports relative to the proto directory; google/protobuf/* comes from protobufjs' bundled copies.
  specRoot.resolvePath = (_origin, target) =>
    target.startsWith("google/protobuf/") ? target : path.join(protoDir, target);
  specRoot.loadSync(SPEC_FILES, { keepCase: true });
  specRoot.resolveAll();
  cached = { packageDefinition, machineService, stateService, specRoot, protoDir };
  return cached;
}

function isServiceDefinition(value: unknown): value is ServiceDefinition {
  return typeof value === "object" && value !== null && !("format" in value) && Object.keys(value).length > 0;
}

// Note: bundlers may rewrite import.meta.url; fall back to the repository layout from the cwd.
function resolveProtoDir(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // not a file: URL (bundled); use the fallback below
  }
  candidates.push(path.resolve(process.cwd(), "lib/talos-api"));
  const found = candidates.find((dir) => existsSync(path.join(dir, SERVICE_FILES[0] ?? "")));
  if (!found) throw new Error(`Talos .proto files not found (looked in ${candidates.join(", ")})`);
  return found;
}
