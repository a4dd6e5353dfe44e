import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The suite runs on SQLite by default and on PostgreSQL with E2E_DATABASE_URL=postgresql://…
// (npm run test:e2e:postgres starts a throw-away server and sets it).
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const baseURL = `http://127.0.0.1:${PORT}`;

// CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser if installed.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
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
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    // The real `npm start` path on a throw-away database: migrate, seed the demo school, serve.
    command: "npx tsx scripts/test/reset-database.ts && npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
