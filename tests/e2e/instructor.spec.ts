import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_INSTRUCTOR } from "../../prisma/seed-data";
import { InstructorClassPage } from "./pages/instructor-pages";
import { InterviewPage } from "./pages/interview-page";
import { LoginPage } from "./pages/login-page";
import { SignupPage } from "./pages/signup-page";
import { StudentHomePage } from "./pages/student-home-page";
import { expectAccessible, signUpStudent } from "./support";

const fixture = (name: string) => path.join(process.cwd(), "tests", "fixtures", "csv", name);

test("instructor: class → CSV with errors → fix → import → unlock → a student interviews → dashboard, transcript, override, export", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name: "Prof Lin", email: `lin.${Date.now()}@example.test`, password: "a-long-password", role: "instructor" });
  await page.waitForURL("**/instructor");

  const cls = new InstructorClassPage(page);
  const classUrl = await cls.createClass("Hashing 101");
  const code = await cls.classCode();
  await cls.addTopic("Hash tables");
  await cls.topic("Hash tables").getByTestId("manage-questions").click();
  await expect(page.getByTestId("topic-title")).toHaveText("Hash tables");

  // A file with two bad rows: previewed, nothing written, each error with its line.
  await cls.previewCsv(fixture("e2e-bank-with-errors.csv"));
  await expect(page.getByTestId("csv-count-add")).toHaveText("2");
  await expect(page.getByTestId("csv-count-errors")).toHaveText("2");
  await expect(page.getByTestId("csv-errors")).toContainText("Line 4: The question is empty.");
  await expect(page.getByTestId("csv-errors")).toContainText("Line 5: Unknown difficulty “very hard”");
  await expect(page.getByTestId("question-row")).toHaveCount(0);

  // Fixed file: three to add, then one transaction.
  await cls.previewCsv(fixture("e2e-bank-fixed.csv"));
  await expect(page.getByTestId("csv-count-errors")).toHaveText("0");
  await page.getByTestId("csv-commit").click();
  await expect(page.getByTestId("csv-committed")).toContainText("Imported 3 questions");
  await page.reload();
  await expect(page.getByTestId("question-row")).toHaveCount(3);
  await expectAccessible(page, "questions");

  await page.getByRole("link", { name: "Topics & questions" }).click();
  await cls.topic("Hash tables").getByTestId("toggle-lock").click();
  await expect(cls.topic("Hash tables")).toContainText("Open");

  // A student joins with the new code and answers two questions.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUpStudent(student, "Kim Park");
  const home = new StudentHomePage(student);
  await expect(await home.join(code)).toContainText("You joined Hashing 101");
  await home.start("Hash tables");
  const room = new InterviewPage(student);
  await room.answer("A hash function maps a key of any size to a fixed-size value, used to pick a bucket in a hash table.");
  await room.answer("I am not sure, maybe it is about sorting.");
  await room.end();
  await studentContext.close();

  // The instructor sees it on the dashboard.
  await page.goto(classUrl);
  await expect(page.getByTestId("heatmap")).toContainText("Kim Park");
  await expect(page.getByTestId("question-stats")).toContainText("What is a hash function?");
  await expectAccessible(page, "dashboard");

  // Transcript → override the second (wrong) answer.
  await page.getByRole("link", { name: "Students", exact: true }).click();
  await page.getByRole("link", { name: "Kim Park" }).click();
  await page.getByTestId("open-transcript").first().click();
  await page.waitForURL("**/sessions/**");
  await expect(page.getByTestId("transcript-turn").first()).toBeVisible();
  const verdicts = await page.getByTestId("transcript-turn").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-verdict")));
  const wrongTurn = page.getByTestId("transcript-turn").nth(verdicts.indexOf("WRONG")); // by position: the verdict changes below
  await wrongTurn.getByTestId("override-open").click();
  await wrongTurn.getByTestId("override-verdict").selectOption("SHALLOW");
  await wrongTurn.getByTestId("override-score").fill("45");
  await wrongTurn.getByTestId("override-reason").fill("Honest about not knowing; partial credit.");
  await wrongTurn.getByTestId("override-submit").click();
  await expect(wrongTurn.getByTestId("override-message")).toContainText("Grade changed");
  await page.reload();
  await expect(page.locator('[data-testid="transcript-turn"][data-verdict="SHALLOW"]')).toContainText("partial credit");

  await page.goto(classUrl);
  await expect(page.getByTestId("disagreement")).toContainText("1/2");

  // Export: one row per answered turn, override marked.
  const response = await page.request.get(`${classUrl.replace("/instructor/batches/", "/api/batches/")}/export?type=turns`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain("hashing-101-turns.csv");
  const csv = await response.text();
  expect(csv.trim().split("\r\n")).toHaveLength(3);
  expect(csv).toContain("Kim Park");
  expect(csv).toMatch(/SHALLOW,45,.*yes/);
  const students = await page.request.get(`${classUrl.replace("/instructor/batches/", "/api/batches/")}/export?type=students`);
  expect(await students.text()).toContain("Kim Park");

  // The audit log has the import, the unlock, the student joining and the override — with names.
  await page.getByRole("link", { name: "Audit log" }).click();
  const audit = page.getByTestId("audit-row");
  await expect(audit.first()).toBeVisible();
  const actions = await audit.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
  expect(actions).toEqual(expect.arrayContaining(["batch.create", "csv.import", "topic.unlock", "enrollment.join", "grade.override"]));
  await expect(page.locator('[data-action="grade.override"]')).toContainText("Kim Park, question");
  await expectAccessible(page, "audit log");
});

test("another instructor cannot see or change this class", async ({ page, browser }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await page.waitForURL("**/instructor");
  await page.getByTestId("instructor-batch").first().click();
  await page.waitForURL(/\/instructor\/batches\/[^/]+$/);
  const classUrl = page.url();
  const batchId = classUrl.split("/").pop()!;

  const other = await browser.newPage();
  const signup = new SignupPage(other);
  await signup.goto();
  await signup.signUp({ name: "Other Prof", email: `other.prof.${Date.now()}@example.test`, password: "a-long-password", role: "instructor" });
  await other.waitForURL("**/instructor");
  for (const suffix of ["", "/topics", "/students"]) {
    const res = await other.goto(`${classUrl}${suffix}`);
    expect(res?.status(), suffix).toBe(404);
  }
  const exportRes = await other.request.get(`/api/batches/${batchId}/export?type=turns`);
  expect(exportRes.status()).toBe(404);
  await expect(other.getByText("Page not found")).toBeVisible();
});
