import { defineConfig, devices } from "@playwright/test";

// E2E runs against a production build (`next build && next start`) on a fresh embedded
// database, in Debian's Chromium (Playwright cannot download its own browser here).
const PORT = Number(process.env.E2E_PORT || 3100);
// The fake transcription endpoint (tests/e2e/fake-speech-server.ts) listens next door
// (E2E_FAKE_SPEECH_PORT moves it when the next port is taken, e.g. by another checkout's server).
const SPEECH_PORT = Number(process.env.E2E_FAKE_SPEECH_PORT || PORT + 1);
// The local SMTP sink (tests/e2e/fake-smtp-server.ts): the app's mail goes to SMTP_PORT, specs read it over HTTP.
const SMTP_PORT = PORT + 2000;
const SMTP_HTTP_PORT = PORT + 3000;
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        },
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx tests/e2e/fake-speech-server.ts",
      url: `http://127.0.0.1:${SPEECH_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: !!process.env.E2E_REUSE_SERVER,
      env: { E2E_SPEECH_PORT: String(SPEECH_PORT) },
    },
    {
      command: "npx tsx tests/e2e/fake-smtp-server.ts",
      url: `http://127.0.0.1:${SMTP_HTTP_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: !!process.env.E2E_REUSE_SERVER,
      env: { E2E_SMTP_PORT: String(SMTP_PORT), E2E_SMTP_HTTP_PORT: String(SMTP_HTTP_PORT) },
    },
    {
      command: "bash tests/e2e/serve.sh",
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: !!process.env.E2E_REUSE_SERVER,
      stdout: "pipe",
      stderr: "pipe",
      // Spoken answers are transcribed by the fake endpoint, through the real protocol.
      // E-mail goes to the sink; its links point at this server.
      env: {
        E2E_PORT: String(PORT),
        STT_BASE_URL: `http://127.0.0.1:${SPEECH_PORT}/v1`,
        STT_MODEL: "fake-whisper",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        APP_URL: `http://127.0.0.1:${PORT}`,
      },
    },
  ],
});
