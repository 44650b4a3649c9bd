import { expect, test } from "@playwright/test";
import { CodePanel } from "./pages/code-panel";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";

for (const [width, height] of [[390, 1400], [1280, 1300]] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`shot ${width} ${scheme}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      await logInAsDemoStudent(page);
      await startFreshInterview(page, "Coding practice");
      const panel = new CodePanel(page);
      await panel.setCode("function sumList(numbers) {\n  let total = 0;\n  for (const n of numbers) total += n;\n  console.log('summed', numbers.length, 'numbers with a rather long line that should wrap or scroll inside');\n  return total + (numbers.length > 2 ? 0 : 1);\n}");
      await panel.run();
      await page.getByTestId("answer-input").fill("One pass over the list, adding each number: O(n) time, O(1) extra space.");
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(scroll).toBe(0);
      await page.screenshot({ path: `/work/helpers/shots17/code-panel-${width}-${scheme}.png`, fullPage: true });
    });
  }
}
