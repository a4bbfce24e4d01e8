import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
import { E2E_DATABASE } from "./e2e/constants";

/**
 * Browser tests run against a production build on a throwaway database (e2e/.data, wiped at
 * every start), in Debian's Chromium (no browser downloads here), one worker for 2 cores.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /screenshots\.spec\.ts/ },
    { name: "screenshots", use: { ...devices["Desktop Chrome"] }, testMatch: /screenshots\.spec\.ts/ },
  ],
  webServer: {
    command: `rm -rf e2e/.data && npm run build && npm start -- -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/signin`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    // The tests stand in for a reverse proxy on this machine: each test claims its own client
    // address in X-Forwarded-For (e2e/fixtures.ts), so one test's failed sign-ins never lock another's.
    env: { DATABASE_PATH: E2E_DATABASE, NEXT_TELEMETRY_DISABLED: "1", TRUST_PROXY: "127.0.0.1", APP_URL: `http://127.0.0.1:${PORT}` },
    stdout: "ignore",
    stderr: "pipe",
  },
});
