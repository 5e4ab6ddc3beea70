import { spawn } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { percentile } from "./percentile";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * `next build` adds its build directory's types to tsconfig.json's `include`; put the file back
 * (with its modification time) when that is the only change, so the bench leaves the tree as it was.
 */
function keepTsconfig(nextDir: string): () => void {
  const file = "tsconfig.json";
  const text = readFileSync(file, "utf8");
  const { atime, mtime } = statSync(file);
  const strip = (json: string) => {
    const config = JSON.parse(json) as { include?: string[] };
    config.include = config.include?.filter((entry) => !entry.startsWith(`${nextDir}/`));
    return JSON.stringify(config);
  };
  return () => {
    const now = readFileSync(file, "utf8");
    if (now === text || strip(now) !== strip(text)) return;
    writeFileSync(file, text);
    utimesSync(file, atime, mtime);
  };
}

async function waitForHealth(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error("Lotse exited before it became healthy");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Lotse did not become healthy at ${url} in time`);
}

/**
 * Largest Contentful Paint of the fleet heatmap (`/`) in Chromium against Lotse as `npm start`
 * runs it (production build in `nextDir`, built when stale): sign in through the form, then load
 * the page `loads` times in a fresh tab and read the last `largest-contentful-paint` entry
 * (PerformanceObserver, buffered) after the page settled. Median of the loads.
 */
export async function measureFleetPageLcp({
  databaseUrl,
  dataDir,
  port,
  nextDir,
  loads,
  chromiumPath = process.env.LOTSE_CHROMIUM ?? "/usr/bin/chromium",
}: {
  databaseUrl: string;
  dataDir: string;
  port: number;
  nextDir: string;
  loads: number;
  chromiumPath?: string;
}): Promise<{ lcpMs: number; samples: number[]; elements: string[] }> {
  const admin = { email: "bench-admin@lotse.local", password: randomBytes(18).toString("base64url") };
  const restoreTsconfig = keepTsconfig(nextDir);
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/lotse-start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOTSE_DATA_DIR: dataDir,
      PORT: String(port),
      LOTSE_NEXT_DIR: nextDir,
      LOTSE_ADMIN_EMAIL: admin.email,
      LOTSE_ADMIN_PASSWORD: admin.password,
      LOTSE_LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept for the error message: a failed build explains itself on stdout.
  let output = "";
  const keep = (chunk: Buffer) => (output = `${output}${chunk.toString()}`.slice(-3000));
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const base = `http://localhost:${port}`;
  try {
    await waitForHealth(`${base}/api/health`, 1_200_000, () => server.exitCode === null).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}; its last output:\n${output}`);
    });
    restoreTsconfig();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
      const login = await context.newPage();
      await login.goto("/login");
      await login.getByLabel("E-mail", { exact: true }).fill(admin.email);
      await login.getByLabel("Password", { exact: true }).fill(admin.password);
      await login.getByRole("button", { name: "Sign in", exact: true }).click();
      await login.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
      await login.close();
      await context.addInitScript(() => {
        const store = window as unknown as { __lcp?: number; __lcpElement?: string };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            store.__lcp = entry.startTime;
            const element = (entry as PerformanceEntry & { element?: Element | null }).element;
            store.__lcpElement = element
              ? `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`
              : "?";
          }
        }).observe({ type: "largest-contentful-paint", buffered: true });
      });
      const samples: number[] = [];
      const elements = new Set<string>();
      for (let index = 0; index < loads + 1; index++) {
        const page = await context.newPage();
        await page.goto("/", { waitUntil: "networkidle" });
        await page.waitForTimeout(500);
        const { lcp, element } = await page.evaluate(() => {
          const store = window as unknown as { __lcp?: number; __lcpElement?: string };
          return { lcp: store.__lcp ?? null, element: store.__lcpElement ?? "?" };
        });
        await page.close();
        // The first load warms the server's route caches; it is not counted.
        if (index > 0 && lcp !== null) {
          samples.push(lcp);
          elements.add(element);
        }
      }
      if (samples.length === 0) throw new Error("the page reported no largest-contentful-paint entry");
      return { lcpMs: percentile(samples, 50), samples, elements: [...elements] };
    } finally {
      await browser.close();
    }
  } finally {
    restoreTsconfig();
    if (server.exitCode === null) {
      const exited = once(server, "exit");
      server.kill("SIGTERM");
      await exited;
    }
  }
}
