import { defineConfig } from "@playwright/test";

// e2e runs against a production build with its own embedded PostgreSQL in a throw-away data
// directory (see e2e/support/global-setup.ts), in Debian's Chromium (Playwright's browser download
// is not reachable from these machines).
const PORT = Number(process.env.LOTSE_E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Per port, so a run on another port (a second checkout, a helper) never shares artifacts with this one.
  outputDir: PORT === 3210 ? "test-results/e2e" : `test-results/e2e-${PORT}`,
  globalSetup: "./e2e/support/global-setup.ts",
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Dates on screen are asserted and photographed: pin how the browser formats them.
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.LOTSE_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: "**/auth.setup.ts" },
    { name: "chromium", dependencies: ["setup"] },
  ],
});
