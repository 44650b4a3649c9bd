// Job practice end to end, offline: a new user practises for "Senior React developer" with no
// class — mixed focus, 5 questions — sees the difficulty move with the answers and a STAR note
// on the behavioural answer, reads the report, practises again; instructors cannot open it.
import { expect, test } from "@playwright/test";
import { DEMO_INSTRUCTOR } from "../../prisma/seed-data";
import { InterviewPage } from "./pages/interview-page";
import { JobPracticePage, jobBankQuestion } from "./pages/job-practice-page";
import { LoginPage } from "./pages/login-page";
import { expectAccessible, signUpStudent } from "./support";

// A real story with a situation, a task and the candidate's own actions — but no result.
const STORY_WITHOUT_RESULT =
  "Last year at my previous job our team was rebuilding the checkout page and a teammate and I disagreed about how to load the data. " +
  "I was responsible for the frontend and I needed us to agree before the sprint ended. " +
  "I set up a short call, I listened to his concerns first and I wrote down both options with their trade-offs.";

test("a new user practises for a senior React role offline: adaptive difficulty, STAR note, report, practise again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpStudent(page, "Jordan Seeker");
  await page.getByTestId("nav-practice").click();
  const practice = new JobPracticePage(page);
  await expect(page.getByTestId("practice-role")).toBeVisible();
  await expectAccessible(page, "job practice");
  await practice.start({ role: "Senior React developer", focus: "MIXED", count: 5 });

  const room = new InterviewPage(page);
  await expect(page.getByTestId("interview-subtitle")).toHaveText("Senior · mixed focus · 5 questions");
  await expect(room.answered()).toHaveText("Question 1 of 5");

  const levels: string[] = [];
  let behaviouralSeen = false;
  for (let guard = 0; guard < 12 && page.url().includes("/interview/"); guard++) {
    const current = await room.current();
    if (current.kind === "FOLLOW_UP") {
      await room.answer("I would add a concrete example and explain the trade-off in more detail.");
      continue;
    }
    const q = jobBankQuestion(current.text);
    levels.push(q.difficulty);
    await expect(page.getByTestId("question-difficulty")).toHaveText(q.difficulty.charAt(0) + q.difficulty.slice(1).toLowerCase());
    if (q.kind === "BEHAVIOURAL") {
      behaviouralSeen = true;
      await room.answer(STORY_WITHOUT_RESULT);
    } else {
      await room.answer(q.referenceAnswer); // strong: the next question gets harder
    }
  }
  await page.waitForURL("**/report/**");
  expect(behaviouralSeen).toBe(true);
  // A senior starts at medium; the first (strong) answer made the next question harder.
  expect(levels.slice(0, 2)).toEqual(["MEDIUM", "HARD"]);
  expect(levels).toHaveLength(5);

  // The report names the role and level, shows the path and the story's missing result.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Senior React developer");
  await expect(page.getByTestId("report-subtitle")).toContainText("Senior");
  // Each step reads "Question n: Level" (the question number is for screen readers).
  await expect(page.getByTestId("difficulty-step")).toHaveText(levels.map((l, i) => `Question ${i + 1}: ${l.charAt(0)}${l.slice(1).toLowerCase()}`));
  const star = page.getByTestId("star-note").first();
  await expect(star).toBeVisible();
  await expect(star.locator('[data-star-part="result"]')).toHaveAttribute("data-present", "false");
  await expect(star.locator('[data-star-part="action"]')).toHaveAttribute("data-present", "true");
  await expect(star.getByTestId("star-nudge")).toContainText("result");
  await expectAccessible(page, "job-practice report");
  const reportUrl = page.url();
  await expectNoSideScroll(page, reportUrl);

  // An instructor cannot open it (the same 404 as for an unknown id).
  const other = await browser.newContext();
  const instructorPage = await other.newPage();
  const login = new LoginPage(instructorPage);
  await login.goto();
  await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await instructorPage.waitForURL("**/instructor");
  const response = await instructorPage.goto(reportUrl);
  expect(response?.status()).toBe(404);
  await other.close();

  // The dashboard shows the trend per role and per dimension.
  await page.goto("/student");
  await expect(page.getByTestId("job-practice-card").getByTestId("practice-role-row")).toHaveAttribute("data-role", "senior react developer");
  await expect(page.getByTestId("job-practice-card").getByTestId("practice-dimension")).toHaveCount(4);
  await page.goto(reportUrl);

  // Practise again: the same setup, a new interview.
  await page.getByTestId("practise-again").click();
  await page.waitForURL("**/interview/**");
  await expect(page.getByTestId("interview-subtitle")).toHaveText("Senior · mixed focus · 5 questions");
  await expect(room.answered()).toHaveText("Question 1 of 5");

  // The practice page offers to resume it, and lists the finished one, at phone width too.
  await practice.goto();
  await expect(practice.resume()).toBeVisible();
  await expectNoSideScroll(page, "/practice");

  // Practise again from the old report while the new interview is open: refused, said on the page.
  await page.goto(reportUrl);
  await page.getByTestId("practise-again").click();
  await expect(page.getByTestId("practise-again-error")).toContainText("in progress");
});

/** At 390 px the page is no wider than the screen (nothing scrolls sideways). */
async function expectNoSideScroll(page: import("@playwright/test").Page, url: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} at 390 px`).toBeLessThanOrEqual(390);
  if (size) await page.setViewportSize(size);
}
