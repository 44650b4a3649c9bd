// Layout with realistic data: a class with 25 long-named topics, three students (two with long
// names) and ten interviews. Every page of the app fits a 390 px phone without horizontal page scroll;
// the class dashboard's heatmap scrolls inside its card, chart labels never collide, and the
// student dashboard leads with what can be practised now.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { dateToLocalInput } from "../../lib/assignments/time";
import { AssignmentsPage, DueSection } from "./pages/assignments-page";
import { type BigClass, bigClassOnce, CLASS_NAME, OPEN_TOPICS, TOPIC_COUNT, topicName } from "./pages/big-class";

// Not serial: a failing page does not hide the others (a new worker builds the class again).

let data: BigClass;
let visitor: BrowserContext;
let questionId: string;
let loopId: string;
let attemptUrl: string;

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(360_000);
  data = await bigClassOnce(browser, path.join(testInfo.project.outputDir, `big-class-${new URL(testInfo.project.use.baseURL!).port}.json`));
  visitor = await browser.newContext();
  // The question page's id, as an instructor finds it: the first question of the topic.
  const page = await data.instructor.newPage();
  await page.goto(`${batch()}/topics/${data.topicId}`);
  questionId = (await page.getByTestId("question-open").first().getAttribute("href"))!.split("/").pop()!;
  await page.close();
  // A loop of the student's, its rounds not started (with a report, it is checked at 390 px in interview-loop.spec.ts).
  const student = await data.student.newPage();
  await student.goto("/practice/loops/new");
  await student.getByTestId("loop-role").fill("Senior platform engineer with a very long job title");
  await student.getByTestId("loop-start").click();
  await student.waitForURL(/\/practice\/loops\/(?!new)[^/]+$/);
  loopId = student.url().split("/").pop()!;
  await student.close();
  attemptUrl = await startedJobAssignment(data);
});

/** A job-practice assignment the student has started; its attempt page (it has no class of its own) is reached through the assignment. */
async function startedJobAssignment(big: BigClass): Promise<string> {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = (hours: number) => dateToLocalInput(new Date(Date.now() + hours * 3_600_000), zone);
  const title = `Mock screen ${Date.now()}`;
  const instructor = await big.instructor.newPage();
  await instructor.goto(`${batch()}/assignments`);
  const assignments = new AssignmentsPage(instructor);
  await assignments.createForJob("Backend developer with a rather long job title", { title, opensAt: local(-1), dueAt: local(48), questionCount: "3" });
  const student = await big.student.newPage();
  await student.goto("/student");
  await new DueSection(student).start(title);
  await student.close();
  await instructor.reload();
  const href = await assignments.assignment(title).getByTestId("assignment-transcript").first().getAttribute("href");
  await instructor.close();
  return href!;
}

test.afterAll(async () => {
  await data?.instructor.close();
  await data?.student.close();
  await visitor?.close();
});

type Who = "visitor" | "student" | "instructor";
const batch = () => `/instructor/batches/${data.batchId}`;
/** Every page of the app, keyed by its route as written in app/ (groups removed). */
const PAGES: Record<string, { who: Who; url: () => string }> = {
  "/": { who: "visitor", url: () => "/" },
  "/login": { who: "visitor", url: () => "/login" },
  "/signup": { who: "visitor", url: () => "/signup" },
  "/forgot-password": { who: "visitor", url: () => "/forgot-password" },
  // Without a token it says the link cannot be used; with one it is checked in account-email.spec.ts.
  "/reset-password": { who: "visitor", url: () => "/reset-password" },
  "/account": { who: "student", url: () => "/account" },
  "/student": { who: "student", url: () => "/student" },
  // With history and trends, it is checked at 390 px in job-practice.spec.ts too.
  "/practice": { who: "student", url: () => "/practice" },
  // Empty here; with a resume and a job description saved it is checked at 390 and 1280 px in documents.spec.ts.
  "/practice/documents": { who: "student", url: () => "/practice/documents" },
  "/practice/loops/new": { who: "student", url: () => "/practice/loops/new" },
  "/practice/loops/[loopId]": { who: "student", url: () => `/practice/loops/${loopId}` },
  "/interview/[sessionId]": { who: "student", url: () => `/interview/${data.openSessionId}` },
  "/report/[sessionId]": { who: "student", url: () => `/report/${data.sessionId}` },
  "/instructor": { who: "instructor", url: () => "/instructor" },
  "/instructor/batches/[batchId]": { who: "instructor", url: batch },
  "/instructor/batches/[batchId]/topics": { who: "instructor", url: () => `${batch()}/topics` },
  "/instructor/batches/[batchId]/topics/[topicId]": { who: "instructor", url: () => `${batch()}/topics/${data.topicId}` },
  "/instructor/batches/[batchId]/topics/[topicId]/questions/[questionId]": { who: "instructor", url: () => `${batch()}/topics/${data.topicId}/questions/${questionId}` },
  "/instructor/batches/[batchId]/students": { who: "instructor", url: () => `${batch()}/students` },
  "/instructor/batches/[batchId]/students/[studentId]": { who: "instructor", url: () => `${batch()}/students/${data.studentId}` },
  "/instructor/batches/[batchId]/sessions/[sessionId]": { who: "instructor", url: () => `${batch()}/sessions/${data.sessionId}` },
  "/instructor/batches/[batchId]/audit": { who: "instructor", url: () => `${batch()}/audit` },
  "/instructor/batches/[batchId]/staff": { who: "instructor", url: () => `${batch()}/staff` },
  // With a topic assignment's completion table, it is checked at 390 and 1280 px in assignments.spec.ts too.
  "/instructor/batches/[batchId]/assignments": { who: "instructor", url: () => `${batch()}/assignments` },
  "/instructor/batches/[batchId]/assignments/sessions/[sessionId]": { who: "instructor", url: () => attemptUrl },
  // Off here; turned on, with students on it, it is checked at 390 and 1280 px in leaderboard.spec.ts.
  "/instructor/batches/[batchId]/leaderboard": { who: "instructor", url: () => `${batch()}/leaderboard` },
};

function pageRoutes(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return pageRoutes(full);
    if (!/^page\.tsx?$/.test(e.name)) return [];
    const segments = path.relative("app", dir).split(path.sep);
    return [`/${segments.filter((s) => s && !/^\(.*\)$/.test(s)).join("/")}`];
  });
}

const context = (who: Who) => (who === "visitor" ? visitor : who === "student" ? data.student : data.instructor);

async function open(who: Who, url: string, width: number): Promise<Page> {
  const page = await context(who).newPage();
  await page.setViewportSize({ width, height: 844 });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  return page;
}

/** How far the page scrolls sideways, and what sticks out beyond the viewport (to name the culprit). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && culprits.length < 4 && !clipped(el)) culprits.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} → ${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

test("the list below covers every page of the app", () => {
  expect(pageRoutes().sort()).toEqual(Object.keys(PAGES).sort());
});

for (const [route, { who, url }] of Object.entries(PAGES)) {
  test(`no horizontal page scroll at 390×844: ${route}`, async () => {
    const page = await open(who, url(), 390);
    expect(new URL(page.url()).pathname, "the page opened (no redirect)").toBe(url());
    const { scrollWidth, culprits } = await overflow(page);
    expect(scrollWidth, `${route} is ${scrollWidth} px wide; sticking out: ${culprits.join(" | ")}`).toBeLessThanOrEqual(390);
    await page.close();
  });
}

test("a question opened for editing fits a phone (its kind and difficulty selects shrink)", async () => {
  const page = await open("instructor", `${batch()}/topics/${data.topicId}`, 390);
  await page.getByTestId("question-row").first().locator("summary").click();
  await expect(page.getByTestId("question-row").first().getByTestId("question-kind")).toBeVisible();
  const { scrollWidth, culprits } = await overflow(page);
  expect(scrollWidth, `sticking out: ${culprits.join(" | ")}`).toBeLessThanOrEqual(390);
  await page.close();
});

test("the empty class dashboard fits a phone too", async () => {
  const page = await open("instructor", `/instructor/batches/${data.emptyBatchId}`, 390);
  expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(390);
});

test("class dashboard with 25 topics: heatmap scrolls in its card with a sticky student column", async () => {
  for (const width of [390, 1280]) {
    const page = await open("instructor", batch(), width);
    expect((await overflow(page)).scrollWidth, `page width at ${width}`).toBeLessThanOrEqual(width);
    const heatmap = page.getByTestId("heatmap");
    await expect(heatmap.locator("thead th")).toHaveCount(TOPIC_COUNT + 1);
    const box = await heatmap.evaluate((table) => {
      let scroller = table.parentElement!;
      while (scroller && getComputedStyle(scroller).overflowX !== "auto") scroller = scroller.parentElement!;
      const cell = table.querySelector("tbody th")!;
      return { scrolls: scroller.scrollWidth > scroller.clientWidth, scrollerRight: scroller.getBoundingClientRect().right, position: getComputedStyle(cell).position };
    });
    expect(box.scrolls, `the heatmap scrolls inside its card at ${width}`).toBe(true);
    expect(box.scrollerRight).toBeLessThanOrEqual(width);
    expect(box.position, "student names stay put while the topics scroll").toBe("sticky");
    await page.close();
  }
});

test("class dashboard charts: no colliding or missing axis labels, no tab stops, a data table each", async () => {
  for (const width of [390, 1280]) {
    const page = await open("instructor", batch(), width);
    const charts = page.locator("figure[data-chart]");
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      const name = await chart.getAttribute("data-chart");
      const ticks = await chart.locator("[data-tick]").evaluateAll((ts) =>
        ts.map((t) => {
          const r = t.getBoundingClientRect();
          const clipped = t.scrollWidth > t.clientWidth + 1;
          const tooltip = t.closest("[title]")?.getAttribute("title") ?? "";
          return { text: t.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom, visible: r.width > 0 && r.height > 0, clipped, tooltip };
        }),
      );
      expect(ticks.length, `${name} has axis labels`).toBeGreaterThan(0);
      for (const [i, a] of ticks.entries()) {
        expect(a.visible, `${name} at ${width}: label “${a.text}” shows`).toBe(true);
        if (a.clipped) expect(a.tooltip, `${name} at ${width}: cut label “${a.text}” has its full text in a tooltip`).toContain(a.text);
        for (const b of ticks.slice(i + 1)) {
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `${name} at ${width}: labels “${a.text}” and “${b.text}” overlap`).toBe(false);
        }
      }
      const rows = await chart.locator("table tbody tr").count();
      if (name === "topic-averages") {
        expect(ticks.map((t) => t.text)).toEqual(Array.from({ length: TOPIC_COUNT }, (_, i) => topicName(i)));
        expect(rows, "one table row per topic").toBe(TOPIC_COUNT);
      }
      if (name === "score-histogram") {
        expect(ticks).toHaveLength(10);
        expect(rows).toBe(10);
      }
      if (name === "sessions-per-day") expect(rows).toBe(30);
    }
    // Nothing inside a chart is a tab stop (no unnamed SVGs to tab through); the tables carry the data.
    expect(await page.locator("figure[data-chart] :is([tabindex]:not([tabindex='-1']), a, button, svg[tabindex])").count()).toBe(0);
    await page.close();
  }
});

test("class dashboard: the histogram's y axis counts whole interviews; stats-table headers are padded", async () => {
  const page = await open("instructor", batch(), 1280);
  const yTicks = await page.locator('figure[data-chart="score-histogram"] [data-ytick]').allTextContents();
  expect(yTicks.length).toBeGreaterThanOrEqual(2);
  expect(new Set(yTicks).size, `distinct y ticks: ${yTicks.join(", ")}`).toBe(yTicks.length);
  for (const t of yTicks) expect(t).toMatch(/^\d+$/);
  expect(Math.max(...yTicks.map(Number)), "a few interviews do not fill the whole height").toBeGreaterThanOrEqual(4);
  const padding = await page
    .getByTestId("question-stats")
    .locator("thead th")
    .evaluateAll((ths) => ths.map((th) => Number.parseFloat(getComputedStyle(th).paddingLeft) + Number.parseFloat(getComputedStyle(th).paddingRight)));
  expect(padding.length).toBe(6);
  for (const p of padding) expect(p).toBeGreaterThanOrEqual(12);
});

test("student dashboard: open topics first, the locked ones folded into one line", async () => {
  const page = await open("student", "/student", 1280);
  const section = page.getByTestId("student-batch").filter({ hasText: CLASS_NAME });
  const cards = section.locator('[data-testid="student-topic"]:visible');
  await expect(cards).toHaveCount(OPEN_TOPICS);
  for (let i = 0; i < OPEN_TOPICS; i++) await expect(cards.nth(i)).toContainText(topicName(i));
  const locked = section.getByTestId("locked-topics");
  await expect(locked).toContainText(`${TOPIC_COUNT - OPEN_TOPICS} more topics your instructor has not opened yet`);
  await expect(locked.getByText(topicName(TOPIC_COUNT - 1))).toBeHidden();
  await locked.locator("summary").click();
  await expect(locked.getByText(topicName(TOPIC_COUNT - 1))).toBeVisible();
  // Its two charts carry their numbers in tables and add no tab stops.
  await expect(page.locator("figure[data-chart]")).toHaveCount(2);
  await expect(page.locator('figure[data-chart="progress"] table tbody tr').first()).toBeAttached();
  await expect(page.locator('figure[data-chart="mastery"] table tbody tr').first()).toBeAttached();
  expect(await page.locator("figure[data-chart] :is([tabindex]:not([tabindex='-1']), a, button, svg[tabindex])").count()).toBe(0);
});

test("a new, empty class shows a setup checklist with links instead of empty charts", async () => {
  const page = await open("instructor", `/instructor/batches/${data.emptyBatchId}`, 1280);
  const checklist = page.getByTestId("setup-checklist");
  await expect(checklist).toBeVisible();
  await expect(page.locator("figure[data-chart], .recharts-surface")).toHaveCount(0);
  await expect(page.getByTestId("heatmap")).toHaveCount(0);
  const steps = checklist.getByRole("listitem");
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText("Add a topic");
  await expect(steps.nth(1)).toContainText("Add questions");
  await expect(steps.nth(2)).toContainText("Unlock");
  await expect(steps.nth(3)).toContainText("Share the class code");
  for (let i = 0; i < 4; i++) await expect(steps.nth(i).getByRole("link")).toHaveCount(1);
  await steps.nth(0).getByRole("link").click();
  await page.waitForURL(`**/instructor/batches/${data.emptyBatchId}/topics`);
});
