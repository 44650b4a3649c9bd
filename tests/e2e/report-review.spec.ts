// The report as a student and an instructor review it: an honest account of an early end,
// numbering, a phone-sized layout, a light page, and an override that changes everything it touches.
import { expect, test } from "@playwright/test";
import { DEMO_BATCH, DEMO_TOPICS } from "../../prisma/seed-data";
import { InterviewPage } from "./pages/interview-page";
import { ReportPage } from "./pages/report-page";
import { StudentHomePage } from "./pages/student-home-page";
import { TranscriptPage } from "./pages/transcript-page";
import { answers, bankQuestion, expectAccessible, signUpStudent } from "./support";

const PLANNED = 8;
const MAX_REPORT_JS = 200 * 1024; // gzip bytes

async function startDemoInterview(page: import("@playwright/test").Page, name: string) {
  await signUpStudent(page, name);
  const home = new StudentHomePage(page);
  await home.join(DEMO_BATCH.classCode);
  await home.start(DEMO_TOPICS[0]!.name);
  return new InterviewPage(page);
}

test("ending early after one question and its follow-up: an honest report that fits a phone and ships little JavaScript", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const room = await startDemoInterview(page, `Early Ender ${Date.now()}`);
  const first = await room.current();
  await room.answer(answers.shallow(bankQuestion(first.text)));
  expect((await room.current()).kind).toBe("FOLLOW_UP");
  await room.answer(answers.wrong());
  await room.end();

  const report = new ReportPage(page);
  expect(await report.labels()).toEqual(["Question 1", "Follow-up 1a"]);
  await expect(report.endedEarly()).toContainText(`Ended early: you answered 1 of ${PLANNED} questions.`);
  await expect(report.notReached()).toHaveCount(PLANNED - 1);
  await expect(page.getByTestId("report")).not.toContainText("every question");
  await expect(report.list("strengths")).toContainText("None yet");
  await expect(report.author()).toContainText("Summary written by the built-in grader");
  // No grader note: nothing fell back from a model here.
  await expect(page.getByTestId("grader-note")).toHaveCount(0);

  // The radar: a data table for screen readers, no tab stops inside it.
  await expect(report.chart().getByTestId("dimension-table").getByRole("row")).toHaveCount(5);
  expect(await report.chart().locator("[tabindex]:not([tabindex='-1']), a, button").count()).toBe(0);
  await expectAccessible(page, "report");

  // A phone: no sideways scrolling, no clipped radar labels (the issue saw "Relevance" cut at 360 px).
  for (const width of [390, 360]) {
    await page.setViewportSize({ width, height: 844 });
    await page.reload();
    expect(await report.fitsViewport(), `horizontal overflow at ${width}px`).toBe(true);
    expect(await report.clippedChartLabels(), `clipped labels at ${width}px`).toEqual([]);
  }

  // JavaScript the report page ships (gzip, as transferred), from a cold cache.
  const fresh = await browser.newContext({ storageState: await page.context().storageState() });
  const cold = await fresh.newPage();
  const scripts: Promise<number>[] = [];
  cold.on("response", (r) => {
    if (r.request().resourceType() === "script")
      scripts.push(
        r
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  await cold.goto(page.url(), { waitUntil: "networkidle" });
  const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  console.log(`report page JavaScript: ${(total / 1024).toFixed(1)} kB gzip in ${scripts.length} files`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(MAX_REPORT_JS);
  await fresh.close();
});

test("an instructor's override changes the transcript, the form, the report, the export and the audit log", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const studentName = `Override Subject ${Date.now()}`;
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const room = await startDemoInterview(student, studentName);
  await room.answer(answers.regraded.review);
  const second = await room.current();
  await room.answer(answers.strong(bankQuestion(second.text)));
  await room.end();
  const reportUrl = student.url();
  const before = new ReportPage(student);
  await expect(before.list("weaknesses")).toContainText("Question 1");
  await expect(before.list("strengths")).not.toContainText("Question 1");

  const transcript = new TranscriptPage(page);
  await transcript.openAsDemoInstructor(studentName);
  // The third question was asked when the student ended the interview, and stays unanswered.
  expect(await transcript.labels()).toEqual(["Question 1", "Question 2", "Question 3"]);
  const reason = "Right idea for week one; full credit.";
  const card = await transcript.override(0, { verdict: "STRONG", score: 88, reason });
  await expect(card.getByTestId("override-message")).toContainText("strong (88/100)");
  // The form shows the saved grade, without a reload.
  await expect(card.getByTestId("override-verdict")).toHaveValue("STRONG");
  await expect(card.getByTestId("override-score")).toHaveValue("88");
  await expect(card.getByTestId("turn-feedback")).toHaveText(`Your instructor regraded this answer as strong (88/100): ${reason}`);
  await expect(card).toHaveAttribute("data-verdict", "STRONG");

  // The student's report follows: the question, its feedback, and the lists recomputed.
  await student.goto(reportUrl);
  const after = new ReportPage(student);
  await expect(after.questions().first()).toHaveAttribute("data-verdict", "strong");
  await expect(after.questions().first().getByTestId("question-feedback")).toContainText(reason);
  await expect(after.questions().first().getByTestId("override-note")).toContainText("from wrong");
  await expect(after.list("strengths")).toContainText("Question 1");
  await expect(after.list("weaknesses")).not.toContainText("Question 1");
  await expect(after.author()).toContainText("updated after your instructor changed a grade");
  await studentContext.close();

  // The export carries the feedback and the override's reason.
  const batchUrl = page.url().replace(/\/sessions\/.*$/, "");
  const csv = await (await page.request.get(`${batchUrl.replace("/instructor/batches/", "/api/batches/")}/export?type=turns`)).text();
  const header = csv
    .replace(/^\ufeff/, "")
    .split("\r\n")[0]!
    .split(",");
  expect(header).toEqual(expect.arrayContaining(["feedback", "overridden", "override_reason"]));
  const row = csv.split("\r\n").find((l) => l.includes(studentName) && l.includes(reason));
  expect(row).toContain("STRONG,88");

  // The audit log has the old and the new grade, and the reason.
  await page.goto(`${batchUrl}/audit`);
  const entry = page.locator('[data-action="grade.override"]').filter({ hasText: studentName });
  // (The database keeps JSON keys in its own order.)
  for (const detail of ["previousVerdict: wrong", "previousScore: ", " verdict: strong", "score: 88"]) await expect(entry).toContainText(detail);
  await expect(entry).toContainText(`reason: ${reason}`);
});
