// Regenerates app/favicon.ico (16/32/48 px) and app/apple-icon.png (180 px) from app/icon.svg:
//   node build-support/make-icons.mjs app/icon.svg app
// Renders app/icon.svg with Chromium at the sizes a favicon.ico and an Apple touch icon need.
import { chromium } from "@playwright/test";
import fs from "node:fs";
const svg = fs.readFileSync(process.argv[2], "utf8");
const outDir = process.argv[3];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
const pngs = {};
for (const size of [16, 32, 48, 180]) {
  await page.setViewportSize({ width: size, height: size });
  const src = size === 180 ? svg.replace(`rx="7"`, `rx="0"`) : svg; // iOS rounds the corners itself
  await page.setContent(`<html><body style="margin:0;background:transparent">${src.replace('width="32" height="32"', `width="${size}" height="${size}"`)}</body></html>`);
  pngs[size] = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
// ICO container holding PNG images (supported by every current browser).
const sizes = [16, 32, 48];
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
const entries = [];
let offset = 6 + 16 * sizes.length;
for (const s of sizes) {
  const e = Buffer.alloc(16);
  e.writeUInt8(s, 0);
  e.writeUInt8(s, 1);
  e.writeUInt8(0, 2);
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(pngs[s].length, 8);
  e.writeUInt32LE(offset, 12);
  offset += pngs[s].length;
  entries.push(e);
}
fs.writeFileSync(`${outDir}/favicon.ico`, Buffer.concat([header, ...entries, ...sizes.map((s) => pngs[s])]));
fs.writeFileSync(`${outDir}/apple-icon.png`, pngs[180]);
console.log("ok");
