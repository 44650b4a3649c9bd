// What JavaScript a page loads: every script it fetched while opening (until the network is quiet),
// each with its path, text and gzip size (level 9, as a CDN would, so the figure does not depend on
// the server's own compression). Used by the JavaScript budget and the editor's lazy-loading check.
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

export type LoadedScript = { path: string; text: string; gzip: number };

/** Opens `url`, waits for the network to settle, and returns every script and the gzip total. */
export async function scriptsLoaded(page: Page, url: string): Promise<{ gzip: number; scripts: LoadedScript[] }> {
  const bodies = new Map<string, Promise<Buffer>>();
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === "script" && r.ok()) bodies.set(r.url(), r.body());
  };
  page.on("response", onResponse);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  page.off("response", onResponse);
  const scripts: LoadedScript[] = [];
  for (const [address, body] of bodies) {
    const buffer = await body;
    scripts.push({ path: new URL(address).pathname, text: buffer.toString("utf8"), gzip: gzipSync(buffer, { level: 9 }).length });
  }
  return { gzip: scripts.reduce((sum, s) => sum + s.gzip, 0), scripts };
}
