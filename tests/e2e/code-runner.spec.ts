// Coding answers in the browser: the editor loads only on coding turns, and the worker runs the
// visible tests with the sandbox's limits (endless loop, deep recursion, huge output) and nothing
// to reach outside with.
import { expect, test } from "@playwright/test";
import { CodePanel } from "./pages/code-panel";
import { scriptsLoaded } from "./pages/scripts-loaded";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";
import { entryNameIn } from "../../lib/code/types";
import { DEMO_CODING_TOPIC } from "../../prisma/seed-data";
import { expectAccessible } from "./support";

test("a concept turn loads no editor code", async ({ page }) => {
  await logInAsDemoStudent(page);
  await startFreshInterview(page, "Data structures");
  const { gzip, scripts } = await scriptsLoaded(page, page.url());
  await expect(page.getByTestId("question-text")).toBeVisible();
  console.log(`[code-runner] interview page first-load JS: ${(gzip / 1024).toFixed(1)} kB gzip in ${scripts.length} scripts`);
  // CodeMirror's class names survive minification: no loaded script may contain the editor.
  expect(scripts.filter((s) => s.text.includes("cm-scroller")).map((s) => s.path)).toEqual([]);
  await expect(new CodePanel(page).panel()).toHaveCount(0);
});

// A coding turn: the demo class's "Coding practice" topic (prisma/seed-data.ts). The test reads the
// question on screen and uses its seeded solution and tests, so it does not depend on the order.
// Skipped on a server whose demo data does not have that topic yet.

/** Functions named `entry` that each hit one of the sandbox's limits, and the outcome expected. */
const limitCases = (entry: string) =>
  [
    [`function ${entry}() {\n  while (true) {}\n}`, "timeout"],
    [`function ${entry}(x) {\n  return ${entry}(x) + 1;\n}`, "stack"],
    [`function ${entry}() {\n  for (;;) console.log("x".repeat(1000));\n}`, "output"],
  ] as const;

test("the browser runs coding answers in a worker, with the sandbox's limits", async ({ page }) => {
  test.setTimeout(120_000);
  await logInAsDemoStudent(page);
  const available = (await page.getByTestId("student-topic").filter({ hasText: DEMO_CODING_TOPIC.name }).count()) > 0;
  test.skip(!available, `the demo class has no "${DEMO_CODING_TOPIC.name}" topic on this server`);
  const room = await startFreshInterview(page, DEMO_CODING_TOPIC.name);
  const { text } = await room.current();
  const question = DEMO_CODING_TOPIC.questions.find((q) => q.text === text);
  if (!question) throw new Error(`not a seeded coding question: ${text}`);
  const { entry, solution, tests } = question.code;
  const firstTest = tests.find((t) => !t.hidden)!.name;
  const panel = new CodePanel(page);
  await expect(panel.panel()).toBeVisible();

  // Keyboard: Enter indents the new line, Tab indents more; Escape then Tab leaves the editor.
  await panel.setCode(`function ${entry}(x) {`);
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("return 0;");
  expect(await panel.code()).toBe(`function ${entry}(x) {\n  return 0;`);
  await page.keyboard.press("Tab");
  expect(await panel.code()).toBe(`function ${entry}(x) {\n    return 0;`);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(panel.editor()).not.toBeFocused();

  // The seeded solution passes the visible tests; what it prints is shown.
  const correct = `console.log("loaded");\n${solution.javascript!.trim()}`;
  await panel.setCode(correct);
  const firstRun = await panel.run();
  await expect(panel.outcome()).toHaveAttribute("data-outcome", "ok");
  await expect(panel.test(firstTest)).toHaveAttribute("data-passed", "true");
  await expect(panel.stdout()).toContainText("loaded");
  const laterRun = await panel.run();
  await expectAccessible(page, "coding turn with results");
  console.log(`[code-runner] JavaScript: first run ${firstRun} ms, later run ${laterRun} ms (click to results)`);

  for (const [code, outcome] of limitCases(entry)) {
    await panel.setCode(code);
    await panel.run();
    await expect(panel.outcome()).toHaveAttribute("data-outcome", outcome);
    await expect(page.getByTestId("code-message")).toBeVisible();
  }
  // Nothing to reach outside with: no fetch, require, process, XHR, importScripts or page; import() fails.
  await panel.setCode(`function ${entry}() {\n  return [typeof fetch, typeof require, typeof process, typeof XMLHttpRequest, typeof importScripts, typeof document].join();\n}`);
  await panel.run();
  await expect(panel.test(firstTest)).toContainText('"undefined,undefined,undefined,undefined,undefined,undefined"');
  await panel.setCode(`function ${entry}() {\n  import("data:text/javascript,1");\n  return 0;\n}`);
  await panel.run();
  await expect(panel.test(firstTest)).toHaveAttribute("data-passed", "false");

  // Python: the seeded solution passes; the bridge to the worker's JavaScript is refused.
  await panel.chooseLanguage("python");
  await panel.setCode(solution.python!.trim());
  const pythonFirst = await panel.run();
  await expect(panel.outcome()).toHaveAttribute("data-outcome", "ok");
  await expect(panel.test(firstTest)).toHaveAttribute("data-passed", "true");
  const pythonLater = await panel.run();
  console.log(`[code-runner] Python: first run ${pythonFirst} ms (Pyodide loading since Python was chosen), later run ${pythonLater} ms`);
  await panel.setCode(`import js\n\ndef ${entryNameIn(entry, "python")}(*args):\n    return js.fetch`);
  await panel.run();
  await expect(panel.outcome()).toHaveAttribute("data-outcome", "error");

  // Each language keeps its own draft, and both survive a reload with the explanation.
  await panel.chooseLanguage("javascript");
  expect(await panel.code()).toContain("import(");
  await panel.setCode(correct);
  const explanation = question.referenceAnswer;
  await page.getByTestId("answer-input").fill(explanation);
  await page.reload();
  await expect.poll(() => panel.code()).toBe(correct);
  await expect(page.getByTestId("answer-input")).toHaveValue(explanation);
  await panel.chooseLanguage("python");
  await expect.poll(() => panel.code()).toContain("import js");
  await panel.chooseLanguage("javascript");

  // Submitted with the explanation; once accepted, the code drafts are gone.
  await page.getByTestId("submit-answer").click();
  await expect(async () => {
    if (page.url().includes("/report/")) return;
    expect(await page.getByTestId("answered-count").textContent({ timeout: 500 })).toBe("1 answered");
  }).toPass({ timeout: 20_000 });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("interview-code:")))).toEqual([]);
});
