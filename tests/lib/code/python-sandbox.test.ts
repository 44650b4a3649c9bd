// The Python sandbox (runPython in one shared, already-loaded Pyodide, as the browser's worker
// uses it): right and wrong answers, every way a program can misbehave or reach outside, each
// stopped with the student's message, and nothing of one run left for the next.
import { loadPyodide, type PyodideAPI } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { codeMessages } from "@/lib/code/limits";
import { runPython } from "@/lib/code/python-sandbox";
import type { CodeTest } from "@/lib/code/types";

let pyodide: PyodideAPI;
beforeAll(async () => {
  pyodide = await loadPyodide({ jsglobals: Object.create(null), env: {} });
}, 60_000);

const tests: CodeTest[] = [
  { name: "small", args: [[3, 1, 2]], expected: [1, 2, 3] },
  { name: "empty", args: [[]], expected: [] },
  { name: "hidden: repeats", args: [[2, 2, 1]], expected: [1, 2, 2], hidden: true },
];
const run = (code: string, more: { tests?: CodeTest[]; limits?: Record<string, number> } = {}) =>
  runPython(pyodide, { code, entry: "sort_numbers", tests: more.tests ?? tests, limits: more.limits });
const SORT = "def sort_numbers(xs):\n    return sorted(xs)\n";

describe("the Python sandbox", () => {
  it("passes a correct answer and keeps what it printed, stderr marked", async () => {
    const result = await run("import sys\ndef sort_numbers(xs):\n    print('sorting', len(xs))\n    print('careful', file=sys.stderr)\n    return sorted(xs)");
    expect(result.outcome).toBe("ok");
    expect(result.results.map((r) => [r.name, r.passed, r.hidden, r.actual])).toEqual([
      ["small", true, false, "[1, 2, 3]"],
      ["empty", true, false, "[]"],
      ["hidden: repeats", true, true, "[1, 2, 2]"],
    ]);
    expect(result.stdout).toBe("sorting 3\n[error] careful\nsorting 0\n[error] careful\nsorting 3\n[error] careful\n");
  });

  it("fails a wrong answer test by test, turns tuples into lists, and refuses what is not plain data", async () => {
    const wrong = await run("def sort_numbers(xs):\n    return xs");
    expect(wrong.results.map((r) => r.passed)).toEqual([false, true, false]);
    expect(wrong.results[0]).toMatchObject({ actual: "[3, 1, 2]" });
    expect((await run("def sort_numbers(xs):\n    return tuple(sorted(xs))")).results.every((r) => r.passed)).toBe(true);
    const set = await run("def sort_numbers(xs):\n    return set(xs)");
    expect(set.results[0]).toMatchObject({ passed: false, error: codeMessages.notSerializable });
    expect((await run("def sort_numbers(xs):\n    return float('nan')")).results[0]!.error).toBe(codeMessages.notSerializable);
  });

  it("reports a raised error on its test, with the line, and goes on with the others", async () => {
    const result = await run("def sort_numbers(xs):\n    if not xs:\n        raise ValueError('nothing to sort')\n    return sorted(xs)");
    expect(result.outcome).toBe("ok");
    expect(result.results.map((r) => r.passed)).toEqual([true, false, true]);
    expect(result.results[1]!.error).toBe("ValueError: nothing to sort (line 3)");
  });

  it("says when the code does not compile (with the line) or the function is missing", async () => {
    expect(await run("x = 1\ndef sort_numbers(xs)\n    return xs")).toMatchObject({ outcome: "error", message: "SyntaxError: expected ':' (line 2)" });
    expect(await run("def sort_nums(xs):\n    return xs")).toMatchObject({ outcome: "error", message: codeMessages.noEntry("sort_numbers") });
    expect(await run("raise RuntimeError('at load')")).toMatchObject({ outcome: "error", message: "RuntimeError: at load (line 1)" });
  });

  it("stops an endless loop at the deadline, even one that swallows the interruption", async () => {
    const swallow = "def sort_numbers(xs):\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass";
    const result = await run(swallow, { limits: { timeMs: 300 } });
    expect(result).toMatchObject({ outcome: "timeout", message: codeMessages.timeoutAfter(300) });
    expect(result.results.every((r) => !r.passed && r.error === codeMessages.notRun)).toBe(true);
    expect(result.ms).toBeLessThan(1500);
    expect((await run("while True:\n    pass", { limits: { timeMs: 300 } })).outcome).toBe("timeout");
  });

  it("stops a memory blow-up, at once or growing, and deep recursion", async () => {
    expect(await run("def sort_numbers(xs):\n    return [0] * 10**9")).toMatchObject({ outcome: "memory", message: codeMessages.memory });
    const growing = await run("def sort_numbers(xs):\n    keep = []\n    while True:\n        keep.append([len(keep)] * 10000)", { limits: { memoryBytes: 16 * 2 ** 20 } });
    expect(growing.outcome).toBe("memory");
    expect(await run("def sort_numbers(xs):\n    return sort_numbers(xs)")).toMatchObject({ outcome: "stack", message: codeMessages.stack });
    // A higher recursion limit is honoured up to a safe depth, not past it.
    const deep = "import sys\nsys.setrecursionlimit(10**6)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\ndef sort_numbers(xs):\n    return depth(4000)";
    expect((await run(deep, { tests: [{ name: "deep", args: [[]], expected: 4000 }] })).results[0]!.passed).toBe(true);
    expect((await run("import sys\nsys.setrecursionlimit(10**6)\ndef sort_numbers(xs):\n    return sort_numbers(xs)")).outcome).toBe("stack");
    expect((await run(SORT)).results.every((r) => r.passed)).toBe(true);
  });

  it("stops huge output and keeps only the start of it", async () => {
    const result = await run("def sort_numbers(xs):\n    while True:\n        print('x' * 1000)", { limits: { outputChars: 5000 } });
    expect(result).toMatchObject({ outcome: "output", message: codeMessages.output });
    expect(result.stdout).toHaveLength(5000);
    expect((await run(`import sys\nsys.stderr.write('y' * 10**6)\n${SORT}`, { limits: { outputChars: 5000 } })).outcome).toBe("output");
  });

  it.each([
    ["import js", "js"],
    ["import pyodide", "pyodide"],
    ["from pyodide.http import pyfetch", "pyodide.http"],
    ["import pyodide_js", "pyodide_js"],
    ["import os", "os"],
    ["import subprocess", "subprocess"],
    ["import socket", "socket"],
    ["import ctypes", "ctypes"],
    ["import urllib.request", "urllib.request"],
    ["import importlib\nimportlib.import_module('js')", "importlib"],
  ])("refuses %s", async (line, name) => {
    const result = await run(`${line}\n${SORT}`);
    expect(result).toMatchObject({ outcome: "error", message: expect.stringContaining(`The module ${name} is not available here`) });
  });

  it("refuses files and processes, even through a module the standard library imported", async () => {
    const attempts = [
      "return open('/etc/passwd').read()",
      "import random\n    return random._os.system('id')",
      "import random\n    return random._os.listdir('/')",
      "return __import__('sys').modules.get('js')",
      "return __import__('io').open('/etc/passwd').read()",
    ];
    for (const attempt of attempts) {
      const result = await run(`def sort_numbers(xs):\n    ${attempt}`, { tests: [tests[0]!] });
      // Refused by the sandbox (not merely missing from Pyodide's in-memory file system), or nothing.
      if (result.results[0]!.error) expect(result.results[0]!.error, attempt).toMatch(/^(PermissionError|ImportError)/);
      else expect(result.results[0]!.actual, attempt).toBe("null");
    }
  });

  it("starts each run in a fresh namespace, with no input to read", async () => {
    await run(`leftover = 42\n${SORT}`);
    const next = await run("def sort_numbers(xs):\n    return leftover", { tests: [tests[0]!] });
    expect(next.results[0]!.error).toMatch(/^NameError/);
    expect((await run("def sort_numbers(xs):\n    return input()", { tests: [tests[0]!] })).results[0]!.error).toMatch(/^EOFError/);
  });
});
