// Instructors' graded examples, end to end: grading sample answers on a question's page (listed,
// with the grader's agreement, on the page and in the topic's question list), and confirming or
// overriding a grade in a transcript (the turn says it is an example; the question lists it).
import { expect, type Page, test } from "@playwright/test";
import { DEMO_BATCH } from "../../prisma/seed-data";
import { openDemoTopicAsInstructor } from "./pages/instructor-pages";
import { QuestionExamplesPage } from "./pages/question-examples-page";
import { StudentHomePage } from "./pages/student-home-page";
import { TranscriptPage } from "./pages/transcript-page";
import { answers, bankQuestion, expectAccessible, signUpStudent } from "./support";

async function pageWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test("an instructor grades three sample answers and sees them listed with the grader's agreement", async ({ page }) => {
  test.setTimeout(90_000);
  await openDemoTopicAsInstructor(page, "Operating systems");
  const question = new QuestionExamplesPage(page);
  await question.openFromTopic(-1);
  const q = bankQuestion((await question.title().textContent())!.trim());
  await expect(question.agreement().getByTestId("agreement-empty")).toContainText("No graded answers yet");
  await expect(question.examples()).toHaveCount(0);

  await expect(question.rows()).toHaveCount(3);
  await question.fillRow(0, { answer: answers.strong(q), verdict: "strong", score: "92" });
  await question.fillRow(1, { answer: answers.shallow(q), verdict: "shallow" }); // no score: the default for shallow
  await question.fillRow(2, { answer: answers.wrong(), verdict: "wrong", score: "5" });
  await expect(await question.save()).toContainText(/^Saved 3 examples\. The grader agreed with you on \d of 3\.$/);
  await expect(question.examples()).toHaveCount(3);
  expect((await question.examples().getByTestId("example-grade").allTextContents()).sort()).toEqual(["shallow 55", "strong 92", "wrong 5"]);
  await expect(question.examples().getByTestId("example-source").first()).toHaveText("sample answer");
  // The form is ready for the next few.
  await expect(question.rows().first().getByTestId("sample-answer")).toHaveValue("");
  await expect(question.agreement().getByTestId("agreement-figures")).toContainText(/^The grader agreed with you on \d of 3 answers \(\d+ %\), within 10 points on \d of 3\.$/);
  await expect(question.agreement().getByTestId("agreement-meaning")).toContainText("Fewer than 5 graded answers: too few to judge");
  await expectAccessible(page, "question page");

  // Add another: up to ten rows.
  for (let i = 3; i < 10; i++) await page.getByTestId("sample-add").click();
  await expect(question.rows()).toHaveCount(10);
  await expect(page.getByTestId("sample-add")).toBeDisabled();

  for (const width of [390, 1280]) expect(await pageWidth(page, width), `no sideways scroll at ${width} px`).toBeLessThanOrEqual(width);

  const agreed = Number(/on (\d) of 3/.exec((await question.agreement().getByTestId("agreement-figures").textContent())!)![1]);
  await question.backToTopic();
  const row = page.getByTestId("question-row").filter({ hasText: q.text });
  await expect(row.getByTestId("question-agreement")).toHaveText(`grader agrees ${agreed}/3`);
  await expect(page.getByTestId("topic-agreement")).toContainText(`the grader agreed with you on ${agreed} of 3 answers`);

  // Deleting an example.
  await row.getByTestId("question-open").click();
  await page.waitForURL("**/questions/**");
  // Deleting asks first; keeping it changes nothing.
  await question.examples().first().getByTestId("example-delete").click();
  await page.getByTestId("example-delete-cancel").click();
  await expect(question.examples()).toHaveCount(3);
  await question.examples().first().getByTestId("example-delete").click();
  await page.getByTestId("example-delete-confirm").click();
  await expect(question.examples()).toHaveCount(2);
});

test("a confirmed or overridden grade in a transcript makes the answer an example, listed on its question's page", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const name = `Example Giver ${Date.now()}`;
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUpStudent(student, name);
  const home = new StudentHomePage(student);
  await home.goto();
  await expect(await home.join(DEMO_BATCH.classCode)).toContainText("You joined");
  await home.goto();
  const topicId = (await home.topic("Data structures").getAttribute("data-topic-id"))!;
  const api = student.request;
  const started = await (await api.post("/api/interviews", { data: { topicId } })).json();
  const first = bankQuestion(started.pending.question);
  const next = await (await api.post(`/api/interviews/${started.sessionId}/answer`, { data: { turn: 0, answer: { text: first.referenceAnswer } } })).json();
  expect(next.pending.kind).toBe("MAIN");
  expect((await api.post(`/api/interviews/${started.sessionId}/answer`, { data: { turn: next.pending.turn, answer: { text: answers.regraded.examples } } })).status()).toBe(200);
  expect((await api.post(`/api/interviews/${started.sessionId}/end`)).status()).toBe(200);
  await studentContext.close();

  const transcript = new TranscriptPage(page);
  await transcript.openAsDemoInstructor(name);
  const confirmed = await transcript.confirm(0);
  await expect(confirmed.getByTestId("confirm-submit")).toHaveCount(0);
  const overridden = await transcript.override(1, { verdict: "SHALLOW", score: 40, reason: "Partly there for week one." });
  await expect(overridden.getByTestId("turn-example-label")).toHaveText("Example for the grader (your override)");
  await expect(overridden.getByTestId("confirm-submit")).toHaveCount(0);
  await expectAccessible(page, "transcript with examples");

  // The confirmed answer is listed on its question's page, with the grader's grade as the instructor's.
  const batchUrl = page.url().replace(/\/sessions\/.*$/, "");
  await page.goto(`${batchUrl}/topics/${topicId}`);
  await page.getByTestId("question-row").filter({ hasText: first.text }).getByTestId("question-open").click();
  await page.waitForURL("**/questions/**");
  const listed = page.getByTestId("example-row").filter({ hasText: first.referenceAnswer.slice(0, 60) });
  await expect(listed.getByTestId("example-source")).toHaveText("confirmed grade");
  expect(await listed.getByTestId("example-grade").textContent()).toBe(await listed.getByTestId("example-grader-grade").textContent());
});
