// The JavaScript sandbox a coding answer runs in: right and wrong answers, and every way a program
// can misbehave or reach outside — stopped with the student's message, never hanging the test.
import { describe, expect, it } from "vitest";
import { type CodeTest, runJavaScript, sameValue } from "@/lib/code/javascript-sandbox";
import { codeMessages } from "@/lib/code/limits";

const tests: CodeTest[] = [
  { name: "small", args: [[3, 1, 2]], expected: [1, 2, 3] },
  { name: "empty", args: [[]], expected: [] },
  { name: "hidden: repeats", args: [[2, 2, 1]], expected: [1, 2, 2], hidden: true },
];
const run = (code: string, more: Partial<Parameters<typeof runJavaScript>[0]> = {}) => runJavaScript({ code, entry: "sortNumbers", tests, ...more });

describe("the JavaScript sandbox", () => {
  it("passes a correct answer and keeps what it printed", async () => {
    const result = await run("function sortNumbers(xs) { console.log('sorting', xs.length); return [...xs].sort((a, b) => a - b); }");
    expect(result.outcome).toBe("ok");
    expect(result.results.map((r) => [r.name, r.passed, r.hidden])).toEqual([
      ["small", true, false],
      ["empty", true, false],
      ["hidden: repeats", true, true],
    ]);
    expect(result.stdout).toBe("sorting 3\nsorting 0\nsorting 3\n");
  });

  it("accepts an arrow function in a const, and fails a wrong answer test by test with what it returned", async () => {
    const result = await run("const sortNumbers = (xs) => [...xs].sort();"); // sorts as text: [1, 2, 3] by luck, wrong for 10
    expect(result.outcome).toBe("ok");
    const wrong = await runJavaScript({ code: "const sortNumbers = (xs) => [...xs].sort();", entry: "sortNumbers", tests: [{ name: "ten", args: [[10, 9]], expected: [9, 10] }] });
    expect(wrong.results[0]).toMatchObject({ passed: false, actual: "[10,9]" });
  });

  it("reports a thrown error on its test and goes on with the others", async () => {
    const result = await run("function sortNumbers(xs) { if (!xs.length) throw new TypeError('nothing to sort'); return [...xs].sort((a, b) => a - b); }");
    expect(result.outcome).toBe("ok");
    expect(result.results.map((r) => r.passed)).toEqual([true, false, true]);
    expect(result.results[1]!.error).toBe("TypeError: nothing to sort");
  });

  it("says when the code does not compile or the function is missing", async () => {
    expect(await run("function sortNumbers(xs) { return xs.sort(( }")).toMatchObject({ outcome: "error", message: expect.stringMatching(/^SyntaxError/) });
    expect(await run("function sortNums(xs) { return xs; }")).toMatchObject({ outcome: "error", message: codeMessages.noEntry("sortNumbers") });
  });

  it("stops an endless loop at the deadline", async () => {
    const result = await run("function sortNumbers(xs) { while (true) {} }", { limits: { timeMs: 300 } });
    expect(result).toMatchObject({ outcome: "timeout", message: codeMessages.timeoutAfter(300) });
    expect(result.results.every((r) => !r.passed)).toBe(true);
    expect(result.ms).toBeLessThan(2000);
  });

  it("stops a memory blow-up and deep recursion", async () => {
    expect((await run("function sortNumbers(xs) { const a = []; for (;;) a.push(new Array(1e5).fill(xs)); }")).outcome).toBe("memory");
    expect((await run("function sortNumbers(xs) { return sortNumbers(xs); }")).outcome).toBe("stack");
    // A run after them is unharmed.
    expect((await run("function sortNumbers(xs) { return [...xs].sort((a, b) => a - b); }")).results.every((r) => r.passed)).toBe(true);
  });

  it("stops huge output and keeps only the start of it", async () => {
    const result = await run("function sortNumbers(xs) { for (;;) console.log('x'.repeat(1000)); }", { limits: { outputChars: 5000 } });
    expect(result).toMatchObject({ outcome: "output", message: codeMessages.output });
    expect(result.stdout.length).toBe(5000);
  });

  it("has nothing to reach outside with: fetch, require, import, process and files are not there", async () => {
    const probe = async (body: string) =>
      (await runJavaScript({ code: `function probe() { ${body} }`, entry: "probe", tests: [{ name: "p", args: [], expected: null }] })).results[0]!;
    expect((await probe("return typeof fetch + typeof require + typeof process + typeof XMLHttpRequest + typeof WebAssembly;")).actual).toBe(JSON.stringify("undefined".repeat(5)));
    expect((await probe("return fetch('http://127.0.0.1/');")).error).toMatch(/ReferenceError/);
    expect((await probe("return require('fs').readFileSync('/etc/passwd', 'utf8');")).error).toMatch(/ReferenceError/);
    expect((await probe("return process.env;")).error).toMatch(/ReferenceError/);
    const staticImport = await runJavaScript({ code: "import fs from 'fs'; function probe() { return 1; }", entry: "probe", tests: [] });
    expect(staticImport).toMatchObject({ outcome: "error", message: expect.stringMatching(/could not load module 'fs'|SyntaxError/) });
    const dynamicImport = await probe("return import('fs');");
    expect(dynamicImport.passed).toBe(false);
  });

  it("keeps one run's globals away from the next", async () => {
    await runJavaScript({ code: "globalThis.leak = 42; function f() { return 1; }", entry: "f", tests: [] });
    const next = await runJavaScript({ code: "function f() { return typeof leak; }", entry: "f", tests: [{ name: "t", args: [], expected: "undefined" }] });
    expect(next.results[0]!.passed).toBe(true);
  });

  it("compares plain data by value, with float tolerance", () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue("1", 1)).toBe(false);
  });
});
