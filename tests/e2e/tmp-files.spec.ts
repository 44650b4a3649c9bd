import { gzipSync } from "node:zlib";
import { test } from "@playwright/test";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";
test("files", async ({ page }) => {
  await logInAsDemoStudent(page);
  await startFreshInterview(page, "Data structures");
  const bodies = new Map<string, Promise<Buffer>>();
  page.on("response", (r) => { if (r.request().resourceType() === "script" && r.ok()) bodies.set(r.url(), r.body()); });
  await page.goto(page.url());
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  for (const [u, b] of bodies) { const buf = await b; console.log(`FILE ${(gzipSync(buf, { level: 9 }).length / 1024).toFixed(1)} ${new URL(u).pathname} ${buf.toString().includes("loadable") ? "LOADABLE" : ""}`); }
});
