// Adds lockfile entries for platform-specific optional dependencies that the package
// registry reachable from these machines does not serve (darwin, win32, other CPUs).
// Without the entries `npm ci` refuses the lockfile as "out of sync"; with them, npm
// skips those packages because their os/cpu do not match. Run after every `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = "package-lock.json";
const OS_TOKENS = [
  "darwin",
  "win32",
  "linux",
  "android",
  "freebsd",
  "openharmony",
  "sunos",
  "aix",
  "netbsd",
  "openbsd",
];
const CPU_TOKENS = ["arm64", "x64", "ia32", "arm", "loong64", "riscv64", "s390x", "ppc64", "mips64el", "wasm32"];

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = OS_TOKENS.find((t) => tokens.includes(t) || tokens.includes(t.replace("32", "")));
  const cpu = CPU_TOKENS.find((t) => tokens.includes(t) || tokens.includes(t.replace("eabihf", "")));
  return { os, cpu };
}

const lock = JSON.parse(readFileSync(LOCK, "utf8"));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${dep}`]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu) continue;
    lock.packages[key] = {
      version: range.replace(/^[\^~]/, ""),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile: added ${added} foreign-platform optional entries`);
