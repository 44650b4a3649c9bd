// Runs a student's Python against a question's tests inside an already-loaded Pyodide (CPython
// compiled to WebAssembly), so the server's worker threads and the browser's Web Worker share this
// one function. Limits, all enforced inside this thread (no parent needed):
// - time: Pyodide polls its "interrupt buffer" every few dozen bytecodes; ours is an object whose
//   slot 0 reads the clock, so past the deadline every poll raises KeyboardInterrupt — even a
//   `while True: try: … except BaseException: pass` is interrupted again at the next poll;
// - memory: WebAssembly.Memory.grow is refused past the cap for the run, so malloc fails and Python
//   raises MemoryError (a list growing forever stops at the cap, never near the host's memory);
// - stack: CPython's recursion limit (1000, what students know) raises RecursionError;
// - output: stdout and stderr are counted as they are written; past the cap the run is interrupted.
// What the code can reach is cut down once per interpreter (hardenPython): no `js`/`pyodide`
// modules, no sockets, processes or ctypes, no `open`. Pyodide's file system is in memory and holds
// nothing of the host; the host side (lib/code/worker/) also takes away what would mount one.
// No server imports.
import type { PyodideAPI } from "pyodide";
import { sameValue } from "./javascript-sandbox";
import { CODE_LIMITS, type CodeLimits, codeMessages, notRunTests } from "./limits";
import type { CodeTest, RunOutcome, RunResult, TestResult } from "./types";

export type PythonRun = { code: string; entry: string; tests: CodeTest[]; limits?: Partial<CodeLimits> };
type Stop = Exclude<RunOutcome, "ok" | "error">;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MESSAGES: Record<Exclude<Stop, "timeout">, string> = {
  memory: codeMessages.memory,
  stack: codeMessages.stack,
  output: codeMessages.output,
};

/** The student's message for a stop; a timeout names the limit that applied. */
const stopMessage = (stop: keyof typeof MESSAGES | "timeout", timeMs: number) => (stop === "timeout" ? codeMessages.timeoutAfter(timeMs) : MESSAGES[stop]);

/** Modules nothing may import (the student, or the standard library on the student's behalf). */
const DENIED = [
  "js",
  "pyodide",
  "pyodide_js",
  "_pyodide",
  "_pyodide_core",
  "micropip",
  "ctypes",
  "_ctypes",
  "socket",
  "_socket",
  "ssl",
  "_ssl",
  "select",
  "subprocess",
  "_posixsubprocess",
  "multiprocessing",
  "http",
  "urllib.request",
  "ftplib",
  "smtplib",
  "webbrowser",
  "xmlrpc",
];
/** Modules the student's own code may not import (the standard library still uses them). */
const STUDENT_DENIED = ["os", "posix", "io", "_io", "pathlib", "shutil", "tempfile", "glob", "fileinput", "importlib"];

const HARDEN = `
import builtins, sys, os, io, _io, json, traceback
_DENIED = ${JSON.stringify(DENIED)}
_STUDENT_DENIED = ${JSON.stringify(STUDENT_DENIED)}
def _matches(name, names):
    return any(name == n or name.startswith(n + ".") for n in names)
class _Refuse:
    def find_spec(self, name, path=None, target=None):
        if _matches(name, _DENIED):
            raise ImportError(f"The module {name} is not available here: no network, files or processes.")
        return None
sys.meta_path.insert(0, _Refuse())
for _name in list(sys.modules):
    if _matches(_name, _DENIED):
        del sys.modules[_name]
_import = builtins.__import__
def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    if _matches(name, _DENIED) or (globals is not None and globals.get("__name__") == "__main__" and _matches(name, _STUDENT_DENIED)):
        raise ImportError(f"The module {name} is not available here: no network, files or processes.")
    return _import(name, globals, locals, fromlist, level)
builtins.__import__ = _guarded_import
def _refused(*args, **kwargs):
    raise PermissionError("Files and processes are not available here.")
builtins.open = _refused
io.open = _io.open = _refused
for _name in ("system", "popen", "execv", "execve", "execl", "execlp", "execvp", "spawnv", "spawnl", "fork", "kill", "open", "remove", "unlink", "rmdir", "listdir", "scandir", "walk", "chdir", "mkdir", "rename"):
    if hasattr(os, _name):
        setattr(os, _name, _refused)
sys.setrecursionlimit(1000)
# Students raise the limit for deep searches; at 10,000 frames the host's stack overflowed in trials
# (the interpreter is then lost) and unwinding that deep is slow, so higher limits become 5,000.
_set_limit = sys.setrecursionlimit
sys.setrecursionlimit = lambda limit: _set_limit(max(50, min(int(limit), 5000)))
`;

/** The harness: loads the student's code into a fresh namespace and calls the entry per test. */
const HARNESS = `
import json, sys, traceback
def _where(error):
    lines = [f.lineno for f in traceback.extract_tb(error.__traceback__) if f.filename == "answer.py"]
    return f" (line {lines[-1]})" if lines else ""
def _describe(error):
    return f"{type(error).__name__}: {error}{_where(error)}"
def _flush():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
_STOPS = (KeyboardInterrupt, MemoryError, RecursionError)
def _load(code, namespace):
    try:
        exec(compile(code, "answer.py", "exec"), namespace)
        return json.dumps({"ok": True})
    except _STOPS:
        raise
    except SyntaxError as error:
        return json.dumps({"error": f"{type(error).__name__}: {error.msg} (line {error.lineno})"})
    except BaseException as error:
        return json.dumps({"error": _describe(error)})
    finally:
        _flush()
def _call(namespace, entry, args_json):
    try:
        value = namespace[entry](*json.loads(args_json))
    except _STOPS:
        raise
    except BaseException as error:
        return json.dumps({"error": _describe(error)})
    finally:
        _flush()
    try:
        return json.dumps({"value": json.dumps(value, allow_nan=False)})
    except (TypeError, ValueError):
        return json.dumps({"unserializable": True})
`;

type Harness = { load: (code: string, namespace: unknown) => string; call: (namespace: unknown, entry: string, args: string) => string };
const prepared = new WeakMap<PyodideAPI, Harness>();

/** Takes away, once per interpreter, what a student's code must not reach; returns the harness. */
export function hardenPython(pyodide: PyodideAPI): Harness {
  const known = prepared.get(pyodide);
  if (known) return known;
  for (const name of ["js", "pyodide_js"]) {
    try {
      pyodide.unregisterJsModule(name);
    } catch {
      // Not registered under this name: nothing to take away.
    }
  }
  pyodide.runPython(HARDEN);
  const scope = pyodide.globals.get("dict")();
  pyodide.runPython(HARNESS, { globals: scope });
  const harness: Harness = { load: scope.get("_load"), call: scope.get("_call") };
  prepared.set(pyodide, harness);
  return harness;
}

/** What a Python exception means to the student: a limit by its type, else the run's own error. */
function stopOf(error: unknown): Stop | undefined {
  const type = (error as { type?: string }).type ?? "";
  const text = String((error as Error)?.message ?? error);
  if (type === "MemoryError" || /out of memory|Cannot enlarge memory/i.test(text)) return "memory";
  if (type === "RecursionError" || error instanceof RangeError || /call stack/i.test(text)) return "stack";
  return undefined;
}

export async function runPython(pyodide: PyodideAPI, { code, entry, tests, limits: overrides = {} }: PythonRun): Promise<RunResult> {
  const limits: CodeLimits = { ...CODE_LIMITS, ...overrides };
  const started = performance.now();
  const notRun = (from: number) => notRunTests(tests.slice(from));
  if (code.length > limits.codeChars) return { outcome: "error", message: codeMessages.tooLong, results: notRun(0), stdout: "", ms: 0 };
  if (!IDENTIFIER.test(entry)) throw new Error(`not an identifier: ${entry}`);
  const harness = hardenPython(pyodide);

  let stop: Stop | undefined;
  const output = { text: "", atLineStart: true };
  const decoder = new TextDecoder();
  const writer = (prefix: string) => ({
    write(buffer: Uint8Array) {
      if (stop === "output") return buffer.length;
      let text = decoder.decode(buffer);
      if (prefix) text = text.replace(/^(?=.)/gm, (_m, offset: number) => (offset > 0 || output.atLineStart ? prefix : ""));
      output.text += text;
      output.atLineStart = output.text.endsWith("\n");
      if (output.text.length > limits.outputChars) {
        output.text = output.text.slice(0, limits.outputChars);
        stop ??= "output";
      }
      return buffer.length;
    },
  });
  pyodide.setStdout(writer(""));
  pyodide.setStderr(writer("[error] "));
  pyodide.setStdin({ stdin: () => undefined });

  const deadline = Date.now() + limits.timeMs;
  pyodide.setInterruptBuffer({
    get 0() {
      if (!stop && Date.now() > deadline) stop = "timeout";
      return stop ? 2 : 0;
    },
    set 0(_value: number) {
      // Pyodide clears the flag after raising; ours stays up until the run ends.
    },
  } as unknown as Int32Array);
  // The Emscripten module is not in Pyodide's public types; its heap is the memory to cap.
  const heap = () => (pyodide as unknown as { _module: { HEAP8: Int8Array } })._module.HEAP8.buffer;
  const cap = heap().byteLength + limits.memoryBytes;
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function (this: WebAssembly.Memory, pages: number) {
    if (this.buffer === heap() && this.buffer.byteLength + pages * 65536 > cap) {
      stop ??= "memory";
      throw new RangeError("memory cap");
    }
    return grow.call(this, pages);
  };

  const namespace = pyodide.globals.get("dict")();
  namespace.set("__name__", "__main__");
  const finish = (outcome: RunOutcome, results: TestResult[], message?: string): RunResult => ({
    outcome,
    message,
    results,
    stdout: output.text,
    ms: Math.round(performance.now() - started),
  });
  /** A limit that stopped the run, from our flag first (a KeyboardInterrupt the student raised is not one). */
  const stopped = (error: unknown): RunResult | undefined => {
    // Recursion that ran out while the clock did too (unwinding 5,000 frames takes time) is recursion.
    const why = stop === "timeout" && stopOf(error) === "stack" ? "stack" : (stop ?? stopOf(error));
    return why ? finish(why, [], stopMessage(why, limits.timeMs)) : undefined;
  };

  try {
    let loaded: { ok?: true; error?: string };
    try {
      loaded = JSON.parse(harness.load(code, namespace));
    } catch (error) {
      const result = stopped(error);
      if (result) return { ...result, results: notRun(0) };
      return finish("error", notRun(0), String((error as Error).message ?? error));
    }
    if (stop) return finish(stop, notRun(0), stopMessage(stop, limits.timeMs));
    if (loaded.error) return finish("error", notRun(0), loaded.error);
    if (!pyodide.runPython(`callable(globals().get(${JSON.stringify(entry)}))`, { globals: namespace })) return finish("error", notRun(0), codeMessages.noEntry(entry));

    const results: TestResult[] = [];
    for (const [i, test] of tests.entries()) {
      let call: { value?: string; error?: string; unserializable?: true };
      try {
        call = JSON.parse(harness.call(namespace, entry, JSON.stringify(test.args)));
      } catch (error) {
        const result = stopped(error);
        if (result) return { ...result, results: [...results, ...notRun(i)] };
        call = { error: String((error as { type?: string }).type ?? "Error") };
      }
      if (stop) return finish(stop, [...results, ...notRun(i)], stopMessage(stop, limits.timeMs));
      const base = { name: test.name, hidden: !!test.hidden, passed: false };
      if (call.error !== undefined) results.push({ ...base, error: call.error });
      else if (call.value === undefined) results.push({ ...base, error: codeMessages.notSerializable });
      else results.push({ ...base, passed: sameValue(JSON.parse(call.value), test.expected), actual: call.value });
    }
    return finish("ok", results);
  } finally {
    WebAssembly.Memory.prototype.grow = grow;
    try {
      pyodide.setInterruptBuffer(undefined as unknown as Int32Array);
      namespace.destroy();
    } catch {
      // The interpreter failed for good (its stack overflowed): whoever owns it must replace it.
    }
  }
}
