// Coding answers in the browser: the editor loads only on coding turns, and the worker runs the
// visible tests with the sandbox's limits (endless loop, deep recursion, huge output) and nothing
// to reach outside with.
import { expect, test } from "@playwright/test";
import { CodePanel, scriptsLoaded } from "./pages/code-panel";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";

test("a concept turn loads no editor code", async ({ page }) => {
  await logInAsDemoStudent(page);
  await startFreshInterview(page, "Data structures");
  const { gzip, bodies } = await scriptsLoaded(page, page.url());
  await expect(page.getByTestId("question-text")).toBeVisible();
  console.log(`[code-runner] interview page first-load JS: ${(gzip / 1024).toFixed(1)} kB gzip in ${bodies.length} scripts`);
  expect(bodies.filter((b) => b.includes("cm-scroller"))).toEqual([]);
  await expect(new CodePanel(page).panel()).toHaveCount(0);
});
