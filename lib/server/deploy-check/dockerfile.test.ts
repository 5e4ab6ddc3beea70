// The Dockerfile cannot be built here (no container engine), so its posture is checked as text:
// what the final image runs as, what it is built from, and that everything it names exists.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDockerfileStages, type DockerfileStage } from "./read-dockerfile-stages";
import { WORKER_BUNDLE, WORKER_NODE_FLAGS } from "@/scripts/build-worker";

const dockerfile = readDockerfileStages({ text: readFileSync("Dockerfile", "utf8") });
const stage = (name: string) => dockerfile.stages.find((candidate) => candidate.name === name);
const valuesOf = (target: DockerfileStage | undefined, keyword: string) =>
  (target?.instructions ?? []).filter((instruction) => instruction.keyword === keyword).map(({ value }) => value);
const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("readDockerfileStages", () => {
  it("splits stages, joins continuation lines and skips comments", () => {
    const parsed = readDockerfileStages({
      text: "ARG BASE=x\n# note\nFROM ${BASE} AS one\nRUN a \\\n  && b\nfrom one\nuser 1:1\n",
    });
    expect(parsed.globalArgs).toEqual(["BASE=x"]);
    expect(parsed.stages).toEqual([
      { from: "${BASE}", name: "one", instructions: [{ keyword: "RUN", value: "a && b" }] },
      { from: "one", name: null, instructions: [{ keyword: "USER", value: "1:1" }] },
    ]);
  });
});

describe("the Dockerfile", () => {
  const final = dockerfile.stages.at(-1);

  it("ends with the runtime stage, built on the distroless image, not on the build stage", () => {
    expect(final?.name).toBe("runtime");
    expect(final?.from).toBe("${RUNTIME_IMAGE}");
    expect(dockerfile.globalArgs).toContain("RUNTIME_IMAGE=gcr.io/distroless/nodejs24-debian12:nonroot");
    expect(valuesOf(final, "RUN")).toEqual([]);
    const copiedFrom = valuesOf(final, "COPY").map((value) => /--from=(\S+)/.exec(value)?.[1]);
    expect(copiedFrom.every((source) => source === "prod-deps" || source === "build")).toBe(true);
    expect(valuesOf(final, "COPY").find((value) => value.includes("--from=deps"))).toBeUndefined();
  });

  it("runs the runtime and migrate images as a numeric non-root user", () => {
    for (const name of ["runtime", "migrate"]) {
      const users = valuesOf(stage(name), "USER");
      expect(users).toHaveLength(1);
      expect(users[0]).toMatch(/^[1-9][0-9]*:[1-9][0-9]*$/);
    }
  });

  it("pipes no download into a shell and adds nothing from the network", () => {
    const all = dockerfile.stages.flatMap((each) => each.instructions);
    for (const { keyword, value } of all) {
      expect(value).not.toMatch(/(curl|wget)[^|]*\|\s*(ba|z|da)?sh/);
      if (keyword === "ADD") expect(value).not.toMatch(/https?:\/\//);
    }
  });

  it("starts programs that exist: next, the worker bundle and the Prisma CLI", () => {
    expect(valuesOf(final, "CMD")).toEqual([
      '["node_modules/next/dist/bin/next", "start", "-H", "0.0.0.0", "-p", "3000"]',
    ]);
    expect(packageJson.dependencies.next).toBeDefined();
    expect(existsSync("node_modules/next/dist/bin/next")).toBe(true);
    // The worker's arguments (deploy/base/worker-deployment.yaml) run the bundle `npm run worker`
    // builds and runs; the build stage builds it and the runtime stage copies it.
    const workerArgs = [...WORKER_NODE_FLAGS, WORKER_BUNDLE];
    expect(packageJson.scripts.worker).toBe(`tsx scripts/build-worker.ts && node ${workerArgs.join(" ")}`);
    expect(packageJson.dependencies.esbuild).toBeDefined();
    expect(valuesOf(stage("build"), "RUN").join(" ")).toContain("tsx scripts/build-worker.ts");
    expect(valuesOf(final, "COPY")).toContain("--from=build /app/dist ./dist");
    expect(readFileSync("deploy/base/worker-deployment.yaml", "utf8")).toContain(
      `args: [${workerArgs.map((arg) => JSON.stringify(arg)).join(", ")}]`,
    );
    expect(valuesOf(stage("migrate"), "CMD")).toEqual(['["node_modules/prisma/build/index.js", "migrate", "deploy"]']);
    expect(existsSync("node_modules/prisma/build/index.js")).toBe(true);
    expect(packageJson.devDependencies.prisma).toBeDefined();
  });

  it("migrates as `npm run db:migrate:deploy` does: the same engine placeholders, so nothing is downloaded", () => {
    const env = valuesOf(stage("migrate"), "ENV").join(" ");
    for (const variable of ["PRISMA_QUERY_ENGINE_LIBRARY", "PRISMA_SCHEMA_ENGINE_BINARY"]) {
      expect(packageJson.scripts["db:migrate:deploy"]).toContain(`${variable}=prisma/engine-placeholder`);
      expect(env).toContain(`${variable}=prisma/engine-placeholder`);
    }
    expect(existsSync("prisma/engine-placeholder")).toBe(true);
  });

  it("copies only files that exist, and the build context leaves local state and secrets out", () => {
    const fromContext = dockerfile.stages
      .flatMap((each) => valuesOf(each, "COPY"))
      .filter((value) => !value.startsWith("--from="))
      .flatMap((value) => value.split(/\s+/).slice(0, -1))
      .filter((source) => source !== ".");
    expect(fromContext.filter((source) => !existsSync(source))).toEqual([]);
    const ignored = readFileSync(".dockerignore", "utf8").split("\n");
    for (const entry of [".env", ".data", "node_modules", ".git", "lib/server/store/generated"])
      expect(ignored).toContain(entry);
  });
});
