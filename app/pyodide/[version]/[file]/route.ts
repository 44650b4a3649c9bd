// Pyodide's files for the browser's code runner, served by the app itself (no CDN): only the
// listed files of the installed version, with their content types and a year's cache (the
// version is in the URL). Public: they are the open-source runtime, nothing of ours.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PYODIDE_FILES, PYODIDE_VERSION } from "@/lib/code/browser-python";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await params;
  if (version !== PYODIDE_VERSION || !Object.hasOwn(PYODIDE_FILES, file)) return errorResponse(new AppError("not_found:api"));
  const body = await readFile(path.join(process.cwd(), "node_modules", "pyodide", file));
  return new Response(new Uint8Array(body), {
    headers: { "content-type": PYODIDE_FILES[file]!, "cache-control": "public, max-age=31536000, immutable", "content-length": String(body.length) },
  });
}
