import { expect, test } from "@playwright/test";
import { DEMO_BATCH } from "../../prisma/seed-data";
import { InterviewPage } from "./pages/interview-page";
import { LoginPage } from "./pages/login-page";
import { ReportPage } from "./pages/report-page";
import { StudentHomePage } from "./pages/student-home-page";
import { answers, bankQuestion, expectAccessible, signUpStudent } from "./support";

test("a new student joins with the class code, with clear messages for mistakes", async ({ page }) => {
  await signUpStudent(page);
  const home = new StudentHomePage(page);
  await expect(page.getByTestId("student-empty")).toBeVisible();
  await expect(await home.join("NOPE99")).toContainText("No class has that code");
  await expect(page.getByTestId("join-code")).toHaveValue("NOPE99");
  await expect(await home.join(`  ${DEMO_BATCH.classCode.toLowerCase()} `)).toContainText(`You joined ${DEMO_BATCH.name}`);
  await expect(page.getByTestId("student-batch")).toContainText(DEMO_BATCH.name);
  await expect(await home.join(DEMO_BATCH.classCode)).toContainText("already joined");
  await expectAccessible(page, "dashboard");
});

test("a full interview: follow-up once after a shallow answer, reload resumes, report shows verdicts", async ({ page }) => {
  await signUpStudent(page);
  const home = new StudentHomePage(page);
  await home.join(DEMO_BATCH.classCode);
  await home.start("Data structures");
  const room = new InterviewPage(page);
  await expectAccessible(page, "interview");

  // verdict we give per turn; a follow-up must follow each shallow MAIN answer, exactly once.
  const plan: ("strong" | "shallow" | "wrong")[] = ["strong", "shallow", "strong", "wrong", "strong", "shallow", "shallow", "strong"];
  const kinds: string[] = [];
  let main = "";
  for (const [turn, verdict] of plan.entries()) {
    const current = await room.current();
    kinds.push(current.kind);
    if (current.kind === "MAIN") main = current.text;
    const q = bankQuestion(main);
    if (turn === 4) {
      // Reload mid-interview: same question, nothing lost.
      await page.reload();
      await expect(room.question()).toHaveText(current.text);
      await expect(room.answered()).toHaveText("Question 4 of up to 8"); // main questions: the third turn was question 2’s follow-up
    }
    await room.answer(verdict === "strong" ? answers.strong(q) : verdict === "shallow" ? answers.shallow(q) : answers.wrong(), { keyboard: turn === 0 });
  }
  expect(kinds).toEqual(["MAIN", "MAIN", "FOLLOW_UP", "MAIN", "MAIN", "MAIN", "FOLLOW_UP", "MAIN"]);

  await page.waitForURL("**/report/**");
  const report = new ReportPage(page);
  await expect(report.questions()).toHaveCount(8);
  expect(await report.verdicts()).toEqual(plan);
  await expect(report.questions().nth(3).getByTestId("missed")).toBeVisible(); // the wrong answer's missed points
  await expect(report.questions().nth(1).getByTestId("missed")).toBeVisible();
  await expect(report.questions().nth(0).getByTestId("covered").locator("blockquote").first()).toBeVisible(); // quotes the student's words
  await expect(page.getByTestId("action-plan")).toBeVisible();
  await expectAccessible(page, "report");

  // Another student cannot open this report: a not-found page, not a crash.
  const reportUrl = page.url();
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await signUpStudent(otherPage, "Nosy Neighbour");
  const response = await otherPage.goto(reportUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByText("Page not found")).toBeVisible();
  await other.close();
});

test("ending early gives a report on what was answered; errors keep the typed answer", async ({ page }) => {
  await signUpStudent(page);
  const home = new StudentHomePage(page);
  await home.join(DEMO_BATCH.classCode);
  await home.start("Databases and SQL");
  const room = new InterviewPage(page);

  // A network failure: the answer stays in the box and a message explains.
  const first = await room.current();
  await page.route("**/api/interviews/*/answer", (route) => route.abort());
  await page.getByTestId("answer-input").fill("My careful answer that must not be lost.");
  await page.getByTestId("submit-answer").click();
  await expect(page.getByTestId("interview-error")).toContainText("could not reach the server");
  await expect(page.getByTestId("answer-input")).toHaveValue("My careful answer that must not be lost.");
  await page.unroute("**/api/interviews/*/answer");

  // A double click submits once.
  await page.getByTestId("answer-input").fill(answers.strong(bankQuestion(first.text)));
  await page.getByTestId("submit-answer").dblclick();
  await expect(room.answered()).toHaveText("Question 2 of up to 8");

  await room.end();
  const report = new ReportPage(page);
  await expect(report.questions()).toHaveCount(1);
  await expect(page.getByText("Ended early")).toBeVisible();

  // Back on the dashboard the attempt and score show on the topic.
  await page.goto("/student");
  await expect(home.topic("Databases and SQL")).toContainText("Attempts1");
  await expect(page.getByTestId("recent-sessions")).toContainText("Databases and SQL");
});

test("the batch's instructor can open a student's report", async ({ page, browser }) => {
  await signUpStudent(page);
  const home = new StudentHomePage(page);
  await home.join(DEMO_BATCH.classCode);
  await home.start("Data structures");
  const room = new InterviewPage(page);
  await room.answer(answers.strong(bankQuestion((await room.current()).text)));
  await room.end();
  const reportUrl = page.url();

  const instructor = await browser.newPage();
  const login = new LoginPage(instructor);
  await login.goto();
  await login.login("instructor@example.com", "instructor-demo-1");
  await instructor.waitForURL("**/instructor");
  await instructor.goto(reportUrl);
  await expect(instructor.getByTestId("report")).toContainText("Robin Learner");
});

test("the whole interview works from the keyboard alone", async ({ page }) => {
  await signUpStudent(page);
  const home = new StudentHomePage(page);
  await home.join(DEMO_BATCH.classCode);
  await home.topic("Data structures").getByTestId("start-interview").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL("**/interview/**");
  const room = new InterviewPage(page);
  const { text } = await room.current();
  // Focus lands in the answer box with the new question.
  await expect(page.getByTestId("answer-input")).toBeFocused();
  await page.keyboard.type(answers.strong(bankQuestion(text)));
  await page.keyboard.press("Control+Enter");
  await expect(room.answered()).toHaveText("Question 2 of up to 8");
  await page.getByTestId("end-interview").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("end-cancel")).toBeFocused(); // the safe choice is focused first
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("end-confirm")).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL("**/report/**");
  await expect(new ReportPage(page).questions()).toHaveCount(1);
});
