// JavaScript budget: the student dashboard, a report and the instructor's class dashboard
// each load at most 200 kB of JavaScript (gzip) when opened (the dashboards draw their charts
// on the server, so no chart library is shipped to them). Each script the page loads is gzipped here (level 9, as a CDN
// would), so the number does not depend on the server's own compression.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_BATCH, DEMO_INSTRUCTOR, DEMO_STUDENT } from "../../prisma/seed-data";
import { LoginPage } from "./pages/login-page";
import { scriptsLoaded } from "./pages/scripts-loaded";
import { StudentHomePage } from "./pages/student-home-page";

const BUDGET = 200 * 1024;

/** Opens the page and sums the gzip size of every script it loaded, listing each. */
async function gzipJs(page: Page, url: string): Promise<{ total: number; files: string[] }> {
  const { gzip, scripts } = await scriptsLoaded(page, url);
  return { total: gzip, files: scripts.map((s) => `${(s.gzip / 1024).toFixed(1)} kB ${s.path}`).sort() };
}

async function logIn(page: Page, account: { email: string; password: string }, home: string) {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(account.email, account.password);
  await page.waitForURL(`**/${home}`);
}

type Pages = { student: Page; instructor: Page; sessionId: string; classHref: string };
let pages: Pages;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  const student = await (await browser.newContext()).newPage();
  await logIn(student, DEMO_STUDENT, "student");
  // A finished interview gives the dashboard its charts and the report something to show.
  const home = new StudentHomePage(student);
  await home.goto();
  if ((await student.getByTestId("student-batch").count()) === 0) await home.join(DEMO_BATCH.classCode);
  await home.goto();
  const topicId = (await home.topic("Databases and SQL").getAttribute("data-topic-id"))!;
  const started = await (await student.request.post("/api/interviews", { data: { topicId } })).json();
  await student.request.post(`/api/interviews/${started.sessionId}/answer`, { data: { turn: 0, answer: "A primary key uniquely identifies each row in a table." } });
  expect((await student.request.post(`/api/interviews/${started.sessionId}/end`)).status()).toBe(200);

  const instructor = await (await browser.newContext()).newPage();
  await logIn(instructor, DEMO_INSTRUCTOR, "instructor");
  const classHref = (await instructor
    .getByRole("link", { name: /CS 201/ })
    .first()
    .getAttribute("href"))!;
  pages = { student, instructor, sessionId: started.sessionId, classHref };
});

test.afterAll(async () => {
  await pages?.student.context().close();
  await pages?.instructor.context().close();
});

async function expectWithinBudget(name: string, page: Page, url: string, ready: string) {
  const { total, files } = await gzipJs(page, url);
  await expect(page.getByTestId(ready)).toBeVisible();
  console.log(`[js-budget] ${name}: ${(total / 1024).toFixed(1)} kB gzip in ${files.length} scripts`);
  expect(total, `${name} loaded no JavaScript at all: the measurement is broken`).toBeGreaterThan(50 * 1024);
  expect(total, `${name}: ${(total / 1024).toFixed(1)} kB > 200 kB\n  ${files.join("\n  ")}`).toBeLessThanOrEqual(BUDGET);
}

test("the student dashboard loads ≤ 200 kB of JavaScript (gzip)", async () => {
  await expectWithinBudget("student dashboard", pages.student, "/student", "student-home");
});

test("the class dashboard loads ≤ 200 kB of JavaScript (gzip)", async () => {
  await expectWithinBudget("class dashboard", pages.instructor, pages.classHref, "batch-dashboard");
});

test("the report loads ≤ 200 kB of JavaScript (gzip)", async () => {
  await expectWithinBudget("report", pages.student, `/report/${pages.sessionId}`, "report");
});
