// A coding question from start to report, as a student meets it: the starter fails a visible
// test when run, the fixed code passes, the answer is submitted with its explanation, and the
// report shows the code, every test's result from the server's run and a reference solution.
import { expect, test } from "@playwright/test";
import { DEMO_CODING_TOPIC } from "../../prisma/seed-data";
import { CodePanel } from "./pages/code-panel";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";

test("a student runs a failing starter, fixes it, submits, and sees the server's results in the report", async ({ page }) => {
  test.setTimeout(90_000);
  await logInAsDemoStudent(page);
  const room = await startFreshInterview(page, DEMO_CODING_TOPIC.name);
  const asked = (await room.current()).text;
  const question = DEMO_CODING_TOPIC.questions.find((q) => q.text === asked);
  expect(question, `a demo coding question: ${asked}`).toBeDefined();
  const { code } = question!;
  const panel = new CodePanel(page);
  await expect(panel.panel()).toBeVisible();

  // The starter runs and fails a visible test: red before anything is written.
  await panel.setCode(code.starter.javascript!);
  await panel.run();
  await expect(panel.outcome()).toHaveAttribute("data-outcome", "ok");
  const visible = code.tests.filter((t) => !t.hidden);
  await expect(page.getByTestId("code-test")).toHaveCount(visible.length);
  await expect(page.locator('[data-testid="code-test"][data-passed="false"]').first()).toBeVisible();

  // Fixed: every visible test passes.
  await panel.setCode(code.solution.javascript!);
  await panel.run();
  for (const t of visible) await expect(panel.test(t.name)).toHaveAttribute("data-passed", "true");

  // Submitted with its explanation; the server runs every test again, hidden ones included.
  await room.answer(question!.referenceAnswer);
  await room.end();

  const card = page.getByTestId("report-question").filter({ has: page.getByTestId("code-answer") });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("tests-passed")).toHaveText(`${code.tests.length} of ${code.tests.length} passed`);
  await expect(card.locator('[data-testid="test-result"][data-passed="true"]')).toHaveCount(code.tests.length);
  await expect(card.getByText(`Hidden test: ${code.tests.find((t) => t.hidden)!.name}`)).toBeVisible();
  await expect(card.getByTestId("submitted-code")).toContainText(code.solution.javascript!.split("\n")[0]!);
  await card.getByTestId("reference-solution").locator("summary").click();
  await expect(card.getByTestId("solution-code")).toBeVisible();
  // Long code lines scroll inside their box, never the page, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(card.getByTestId("verdict")).toHaveText(/Strong/);
});
