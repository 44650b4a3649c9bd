// The app serves Pyodide's runtime to the browser's code runner itself (no CDN): only the listed
// files of the installed version, with their types and a long cache; anything else is a 404,
// however the name is spelled (a path, an object key, another version).
import { describe, expect, it } from "vitest";
import { GET } from "@/app/pyodide/[version]/[file]/route";
import { PYODIDE_FILES, PYODIDE_VERSION } from "@/lib/code/browser-python";

const get = (version: string, file: string) => GET(new Request(`http://localhost/pyodide/${version}/${file}`), { params: Promise.resolve({ version, file }) });

describe("GET /pyodide/:version/:file", () => {
  it("serves each listed file of the installed version with its content type and a year's cache", async () => {
    for (const [file, type] of Object.entries(PYODIDE_FILES)) {
      const response = await get(PYODIDE_VERSION, file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("cache-control")).toContain("immutable");
    }
    const wasm = new Uint8Array(await (await get(PYODIDE_VERSION, "pyodide.asm.wasm")).arrayBuffer());
    expect([...wasm.slice(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]); // "\0asm"
  });

  it("serves nothing else: other files, paths, object keys or versions are 404", async () => {
    for (const [version, file] of [
      [PYODIDE_VERSION, "package.json"],
      [PYODIDE_VERSION, "../package.json"],
      [PYODIDE_VERSION, "..%2F..%2F.env"],
      [PYODIDE_VERSION, "__proto__"],
      [PYODIDE_VERSION, "constructor"],
      ["0.0.1", "pyodide.mjs"],
    ]) {
      const response = await get(version!, file!);
      expect(response.status, `${version}/${file}`).toBe(404);
      expect(await response.text()).not.toMatch(/node_modules|ENOENT/);
    }
  });
});
