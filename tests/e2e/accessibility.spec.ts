import { expect, type Page, test } from "@playwright/test";
import { contrastOf } from "./pages/colors";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";
import { LoginPage } from "./pages/login-page";
import { answers, bankQuestion } from "./support";

/** Tab from the top of a freshly loaded page lands on the skip link; Enter moves focus into <main>. */
async function expectSkipLinkAndFooter(page: Page, label: string, { firstTab = true } = {}) {
  const skip = page.getByRole("link", { name: "Skip to main content" });
  if (firstTab) {
    await page.keyboard.press("Tab");
    await expect(skip, `${label}: first Tab stop`).toBeFocused();
  } else {
    // The page moved focus itself (the interview room focuses the answer box): the skip link must
    // still be the first focusable element in the document.
    const first = await page.evaluate(() => {
      const tabbable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, textarea, select, [tabindex]")].filter(
        (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled,
      );
      return tabbable[0]?.textContent?.trim();
    });
    expect(first, `${label}: first focusable element`).toBe("Skip to main content");
    await skip.focus();
  }
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 0, `${label}: skip link visible when focused`).toBe(true);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { message: `${label}: focus moved to main` }).toBe("MAIN");
  await expect(page.getByRole("main"), label).toHaveCount(1);
  await expect(page.getByRole("contentinfo"), `${label}: footer landmark`).toHaveCount(1);
}

test("every page starts with a skip link to <main> and ends with a footer landmark", async ({ page, browser }) => {
  for (const [path, label] of [
    ["/", "landing"],
    ["/login", "login"],
    ["/signup", "signup"],
    ["/no-such-page", "not found"],
  ] as const) {
    await page.goto(path);
    await expectSkipLinkAndFooter(page, label);
  }

  await logInAsDemoStudent(page);
  await page.reload();
  await expectSkipLinkAndFooter(page, "student home");
  const room = await startFreshInterview(page, "Databases and SQL");
  await page.reload();
  await expectSkipLinkAndFooter(page, "interview", { firstTab: false });
  await room.answer(answers.strong(bankQuestion((await room.current()).text)));
  await room.end();
  await page.reload();
  await expectSkipLinkAndFooter(page, "report");

  const instructor = await browser.newPage();
  const login = new LoginPage(instructor);
  await login.goto();
  await login.login("instructor@example.com", "instructor-demo-1");
  await instructor.waitForURL("**/instructor");
  await instructor.reload();
  await expectSkipLinkAndFooter(instructor, "instructor home");
  await instructor.close();
});

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    // The explicit pick (a cookie), so the theme does not depend on the system preference.
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: "theme", value: theme, url: baseURL! }]);
    });

    test("status badges and error text reach 4.5:1", async ({ page }) => {
      // Verdict badges on a real report: strong (success), shallow (warning), wrong.
      await logInAsDemoStudent(page);
      const room = await startFreshInterview(page, "Data structures");
      // Error text: the empty-answer message (destructive text on its tint).
      await page.getByTestId("submit-answer").click();
      const error = page.getByTestId("interview-error").locator("p").first();
      await expect(error).toBeVisible();
      expect(await contrastOf(error), "error text").toBeGreaterThanOrEqual(4.5);

      for (const verdict of ["strong", "shallow"] as const) {
        const { text, kind } = await room.current();
        expect(kind).toBe("MAIN");
        const q = bankQuestion(text);
        await room.answer(verdict === "strong" ? answers.strong(q) : answers.shallow(q));
      }
      await room.end();
      const badges = page.getByTestId("verdict");
      await expect(badges).toHaveCount(2);
      for (let i = 0; i < 2; i++) expect(await contrastOf(badges.nth(i)), `badge ${await badges.nth(i).textContent()}`).toBeGreaterThanOrEqual(4.5);

      // The destructive badge (no page shows one on its own yet): the same classes the Badge
      // primitive's "destructive" variant uses, placed inside a card on this page.
      const probe = await page
        .getByTestId("report-question")
        .first()
        .evaluate((card) => {
          const span = document.createElement("span");
          span.className = "rounded-full border border-transparent bg-destructive/15 px-2.5 py-0.5 text-xs font-medium text-destructive";
          span.textContent = "Wrong";
          span.dataset.testid = "destructive-probe";
          card.prepend(span);
          return true;
        });
      expect(probe).toBe(true);
      expect(await contrastOf(page.getByTestId("destructive-probe")), "destructive badge").toBeGreaterThanOrEqual(4.5);
    });

    test("keyboard focus on a link is a solid ring of at least 2 px with 3:1 contrast", async ({ page }) => {
      await page.goto("/login");
      // Tab (the keyboard, so :focus-visible applies) to the site name, a plain link.
      const link = page.getByRole("link", { name: "Interview practice" });
      for (let i = 0; i < 4 && !(await link.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press("Tab");
      await expect(link).toBeFocused();
      const outline = await link.evaluate((e) => {
        const s = getComputedStyle(e);
        return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
      });
      expect(outline.style).toBe("solid");
      expect(outline.width).toBeGreaterThanOrEqual(2);
      expect(await contrastOf(link, { property: "outline-color" }), "focus ring against the page").toBeGreaterThanOrEqual(3);
    });
  });
}
