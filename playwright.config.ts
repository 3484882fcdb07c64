import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/env";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // One app, one SQLite file: specs run one at a time, and each makes its own data (any one
  // runs alone: `npx playwright test e2e/<spec>`).
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Playwright empties its output folder at start: keep it apart from the other suites' reports.
  outputDir: "test-results/e2e-artifacts",
  use: {
    baseURL: E2E.baseUrl,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      // Playwright cannot download its browsers here; Debian's Chromium is used instead.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    {
      command: "node e2e/target-server.mjs",
      url: `${E2E.targetUrl}/health`,
      reuseExistingServer: false,
      env: { TARGET_PORT: String(E2E.targetPort) },
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `${E2E.baseUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 300_000,
      env: {
        PORT: String(E2E.port),
        DATABASE_URL: E2E.databaseUrl,
        ADMIN_EMAIL: E2E.admin.email,
        ADMIN_PASSWORD: E2E.admin.password,
        AUTH_SECRET: E2E.authSecret,
        LOG_LEVEL: "warn",
        // Webhook specs deliver to the target server on localhost.
        ALLOW_PRIVATE_WEBHOOKS: "true",
      },
    },
  ],
});
