// Where the browser gets Pyodide: from this app (app/pyodide/[version]/[file]), never a CDN. The
// version is in the path so the files can be cached for a year and an upgrade still loads
// matching ones. Client-safe; the route handler reads the same list.
import pyodidePackage from "pyodide/package.json";

export const PYODIDE_VERSION: string = pyodidePackage.version;

/** The files the browser needs to start Python, with their content types. Nothing else is served. */
export const PYODIDE_FILES: Record<string, string> = {
  "pyodide.mjs": "text/javascript; charset=utf-8",
  "pyodide.asm.mjs": "text/javascript; charset=utf-8",
  "pyodide.asm.wasm": "application/wasm",
  "python_stdlib.zip": "application/zip",
  "pyodide-lock.json": "application/json; charset=utf-8",
};

/** The folder URL Pyodide loads from (its indexURL), on this app's origin. */
export function pyodideBase(origin: string): string {
  return `${origin}/pyodide/${PYODIDE_VERSION}/`;
}
