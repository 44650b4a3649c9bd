import { expect, type Page, test } from "@playwright/test";
import { contrastOf, luminance, pageBackground } from "./pages/colors";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";
import { ReportPrint } from "./pages/report-print";
import { answers, bankQuestion } from "./support";

// Filler in the way students pad a spoken answer: long, on no particular point.
const TALKING_IT_THROUGH = Array.from(
  { length: 6 },
  (_, i) =>
    `Thinking about it from another angle (${i + 1}), I would first check what the question is really asking, then describe the idea in my own words, then walk through a small example step by step, and finally say what I would watch out for when using it in a real project with a team.`,
).join(" ");

const isDark = async (page: Page) => luminance(await pageBackground(page)) < 0.2;

test.describe("theme", () => {
  test("follows the system preference with no script needed (no flash), until the user picks one", async ({ browser, baseURL }) => {
    for (const scheme of ["light", "dark"] as const) {
      // JavaScript off: what the first paint shows, before any script could fix it.
      const context = await browser.newContext({ baseURL, colorScheme: scheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto("/login");
      expect(await isDark(page), `system ${scheme}`).toBe(scheme === "dark");
      await context.close();
    }

    const context = await browser.newContext({ baseURL, colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/");
    expect(await isDark(page)).toBe(true);
    await page.getByTestId("theme-toggle").click();
    expect(await isDark(page)).toBe(false);
    // The pick is kept: the server renders it, whatever the system says.
    await page.reload();
    expect(await isDark(page)).toBe(false);
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByTestId("theme-toggle").click();
    expect(await isDark(page)).toBe(true);
    await page.reload();
    expect(await isDark(page)).toBe(true);
    await context.close();
  });
});

test.describe("app shell assets", () => {
  test("a favicon and app icons of our own are served and linked", async ({ page, request }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header
    await page.goto("/");
    const svgHref = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
    expect(svgHref).toBeTruthy();
    const svg = await request.get(svgHref!);
    expect(svg.status()).toBe(200);
    expect(await svg.text()).toContain("<svg");
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect((await request.get(apple!)).status()).toBe(200);
  });

  test("modern browsers get no legacy polyfills", async ({ page }) => {
    const scripts: { url: string; body: string }[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script") scripts.push({ url: response.url(), body: await response.text().catch(() => "") });
    });
    await page.goto("/");
    await page.goto("/login");
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
    const legacy = /Array\.prototype\.at\|\||Object\.hasOwn\|\||Array\.prototype\.flat\|\||Object\.fromEntries\|\||core-js/;
    expect(scripts.filter((s) => legacy.test(s.body)).map((s) => s.url)).toEqual([]);
  });
});

test.describe("printing a report", () => {
  test.use({ colorScheme: "dark" });

  test("dark theme prints dark on white; headings stay with what follows; long reports do not leave half-empty pages", async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    await context.addCookies([{ name: "theme", value: "dark", url: baseURL! }]);
    await logInAsDemoStudent(page);
    const room = await startFreshInterview(page, "Data structures");
    // Eight answers, as in a full interview, each as long as a student who talks it through writes:
    // every card is then more than half a page, which is what left pages half empty.
    const plan = ["strong", "shallow", "strong", "wrong", "strong", "shallow", "shallow", "strong"] as const;
    let main = "";
    for (const verdict of plan) {
      const current = await room.current();
      if (current.kind === "MAIN") main = current.text;
      const q = bankQuestion(main);
      const answer = verdict === "strong" ? answers.strong(q) : verdict === "shallow" ? answers.shallow(q) : answers.wrong();
      await room.answer(`${answer}\n\n${TALKING_IT_THROUGH}`);
    }
    await page.waitForURL("**/report/**");
    await expect(page.getByTestId("report-question")).toHaveCount(8);

    const print = new ReportPrint(page);
    await print.emulatePrint("dark");
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9); // white paper
    const badges = page.getByTestId("verdict");
    for (const i of [0, 1, 3]) {
      const badge = badges.nth(i);
      // Browsers print without backgrounds by default: the text stands on bare paper.
      expect(await contrastOf(badge, { backgrounds: false }), `${await badge.textContent()} badge on paper`).toBeGreaterThanOrEqual(4.5);
    }
    expect(await contrastOf(page.getByRole("heading", { level: 1 }), { backgrounds: false }), "title on paper").toBeGreaterThanOrEqual(7);
    await expect(page.getByRole("contentinfo")).toBeHidden();
    const heading = page.getByRole("heading", { name: "Question by question" });
    expect(await heading.evaluate((h) => getComputedStyle(h).breakAfter)).toBe("avoid");
    // The section lays out as blocks, so the avoid-break after the heading has something to act on.
    expect(await heading.evaluate((h) => getComputedStyle(h.parentElement!).display)).toBe("block");

    // Cards that may break leave at most two pages of slack over eight cards (a card's header, kept
    // with the start of its answer, and the difficulty-path card move whole to the next page: 11, 12
    // or 13 pages for 11 of content across runs, depending on which questions are drawn);
    // kept-whole question cards each took a page of their own.
    const needed = await print.minimumPages(); // lays the page out at the paper's width, as printing does
    const pages = await print.pdfPageCount();
    console.log(`8-answer report: ${pages} A4 pages for ${needed} pages of content`);
    expect(pages).toBeLessThanOrEqual(needed + 2);
  });
});
