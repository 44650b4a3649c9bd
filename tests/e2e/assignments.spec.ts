// Assignments end to end: an instructor (in New York time) assigns a locked topic with a due date;
// a student sees it due with a countdown, starts it from the dashboard and finishes; the instructor
// sees completion and who has not started; after the due date moves into the past, a second
// student's attempt is marked late for both of them. Both pages at 390 px and 1280 px.
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { dateToLocalInput } from "../../lib/assignments/time";
import { AssignmentsPage, DueSection } from "./pages/assignments-page";
import { InstructorClassPage } from "./pages/instructor-pages";
import { InterviewPage } from "./pages/interview-page";
import { SignupPage } from "./pages/signup-page";
import { StudentHomePage } from "./pages/student-home-page";
import { expectAccessible, signUpStudent } from "./support";

const ZONE = "America/New_York";
test.use({ timezoneId: ZONE });

const HOUR = 3_600_000;
/** A datetime-local value in the browser's zone, `ms` from now. */
const local = (ms: number) => dateToLocalInput(new Date(Date.now() + ms), ZONE);
const fixture = path.join(process.cwd(), "tests", "fixtures", "csv", "e2e-bank-fixed.csv");

async function noHorizontalScroll(page: Page, label: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} at ${width} px`).toBeLessThanOrEqual(width);
  }
}

async function finishInterview(page: Page) {
  const room = new InterviewPage(page);
  while (!page.url().includes("/report/")) await room.answer("A hash function maps a key to a fixed-size value that picks a bucket.");
  await expect(page.getByTestId("report")).toBeVisible();
}

test("assignments: assign → due with a countdown → start and finish → completion and who has not started → a late attempt is marked", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name: "Prof Ada", email: `ada.${Date.now()}@example.test`, password: "a-long-password", role: "instructor" });
  await page.waitForURL("**/instructor");
  const cls = new InstructorClassPage(page);
  await cls.createClass("Hashing lab");
  const code = await cls.classCode();
  await cls.addTopic("Hash tables"); // stays locked: the assignment opens it to its attempts
  await cls.topic("Hash tables").getByTestId("manage-questions").click();
  await cls.previewCsv(fixture);
  await page.getByTestId("csv-commit").click();
  await expect(page.getByTestId("csv-committed")).toContainText("Imported 3 questions");

  const assignments = new AssignmentsPage(page);
  await assignments.open();
  await expect(page.getByTestId("assignment-zone")).toContainText(ZONE);
  // The browser refuses a due date before the opening date, with the validation module's message.
  await assignments.createForTopic("Hash tables", { opensAt: local(-HOUR), dueAt: local(-2 * HOUR) });
  await expect(page.getByTestId("assignment-error")).toHaveText("The due date must be after the opening date.");
  await expect(page.getByTestId("assignment")).toHaveCount(0);
  await assignments.createForTopic("Hash tables", { title: "Week 3 check", opensAt: local(-HOUR), dueAt: local(51 * HOUR), maxAttempts: "2" });
  await expect(page.getByTestId("assignment-created")).toHaveText("Assigned “Week 3 check”.");
  await expect(assignments.assignment("Week 3 check")).toContainText("Topic: Hash tables");

  // Two students join; one does the assignment.
  const kimContext = await browser.newContext({ timezoneId: ZONE });
  const kim = await kimContext.newPage();
  await signUpStudent(kim, "Kim Park");
  const kimHome = new StudentHomePage(kim);
  await expect(await kimHome.join(code)).toContainText("You joined Hashing lab");
  await kim.reload();
  const due = new DueSection(kim);
  await expect(due.card("Week 3 check").getByTestId("due-countdown")).toHaveText(/^due in 2 days [23] h$/);
  await expect(due.card("Week 3 check").getByTestId("due-attempts")).toContainText("Attempts: 0 of 2");
  await expectAccessible(kim, "student dashboard with an assignment");
  await noHorizontalScroll(kim, "student dashboard");
  await due.start("Week 3 check");
  await finishInterview(kim);
  await kimHome.goto();
  await expect(due.card("Week 3 check")).toHaveAttribute("data-status", "COMPLETED");
  await expect(due.card("Week 3 check").getByTestId("due-attempts")).toContainText(/Attempts: 1 of 2 · best score \d+\/100/);

  const leoContext = await browser.newContext({ timezoneId: ZONE });
  const leo = await leoContext.newPage();
  await signUpStudent(leo, "Leo Marsh");
  await new StudentHomePage(leo).join(code);

  await page.reload();
  await expect(assignments.assignment("Week 3 check").getByTestId("assignment-counts")).toContainText("50% completed · 1 completed · 0 in progress · 1 not started");
  await expect(assignments.assignment("Week 3 check").getByTestId("assignment-not-started")).toHaveText("Not started: Leo Marsh");
  await expect(assignments.student("Week 3 check", "Kim Park")).toHaveAttribute("data-status", "COMPLETED");
  await expect(assignments.student("Week 3 check", "Kim Park").getByTestId("assignment-late")).toHaveCount(0);
  await expectAccessible(page, "assignments page");
  await noHorizontalScroll(page, "assignments page");
  await page.setViewportSize({ width: 1280, height: 900 });

  // The due date moves into the past: Leo's attempt is allowed, and late.
  await assignments.editDates("Week 3 check", { opensAt: local(-48 * HOUR), dueAt: local(-5 * HOUR) });
  await leo.reload();
  const leoDue = new DueSection(leo);
  await expect(leoDue.card("Week 3 check").getByTestId("due-countdown")).toHaveText(/^overdue by [45] h/);
  await leoDue.start("Week 3 check");
  await finishInterview(leo);
  await expect(leo.getByTestId("report")).toContainText("Late attempt");
  await new StudentHomePage(leo).goto();
  await expect(leoDue.card("Week 3 check").getByTestId("due-late")).toBeVisible();
  await expect(leo.getByTestId("recent-late")).toBeVisible();

  await page.reload();
  await expect(assignments.assignment("Week 3 check").getByTestId("assignment-counts")).toContainText("100% completed · 2 completed");
  await expect(assignments.student("Week 3 check", "Leo Marsh").getByTestId("assignment-late")).toHaveText("Late");
  await assignments.student("Week 3 check", "Leo Marsh").getByTestId("assignment-transcript").click();
  await expect(page.getByTestId("attempt-late")).toBeVisible();
  await expect(page.getByTestId("transcript-turn").first()).toBeVisible();

  await kimContext.close();
  await leoContext.close();
});
