// Playwright cannot download its own browser on every machine; we drive the system Chromium.
import { accessSync, constants } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`Chromium not found at ${path}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chrome/Chromium binary.`);
  process.exit(1);
}
