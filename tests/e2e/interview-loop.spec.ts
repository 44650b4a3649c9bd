// A two-round interview loop end to end in Chromium, offline: a new student uploads a resume
// (a DOCX the test builds), checks its text, pastes a job description, sets up a loop of
// Screening then Technical fundamentals for "Backend engineer", takes round 1 ("walk me through
// your resume", a "You mention …" question tagged in the report), stops and comes back, takes
// round 2, and reads the loop report: each round's score, a band with its reason, one action
// plan and the gap table. Nobody else can open the loop.
import { expect, test } from "@playwright/test";
import { DEMO_INSTRUCTOR } from "../../prisma/seed-data";
import { docx } from "../support/document-fixtures";
import { DocumentsPage } from "./pages/documents-page";
import { InterviewPage } from "./pages/interview-page";
import { LoginPage } from "./pages/login-page";
import { LoopPage } from "./pages/loop-page";
import { expectAccessible, signUpStudent } from "./support";

const RESUME = [
  "Morgan Loop",
  "Backend developer, Harbour Freight (2021-2025)",
  "Designed REST APIs and a GraphQL gateway for the shipment tracker.",
  "Tuned SQL indexes on PostgreSQL and cached hot reads with Redis.",
  "Added rate limiting to the public API.",
];
const JOB = "Backend engineer. You will design PostgreSQL schemas, run services on Kubernetes, cache with Redis and automate infrastructure with Terraform.";
const ANSWER =
  "I would start from the requirements and the data, explain the trade-offs I see, measure before optimising, add tests, and describe a real project where I did this with my team and what we learned.";

test("a student uploads a resume, then runs a two-round loop tailored to it and a job description, stopping in between", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUpStudent(page, "Morgan Loop");

  // The resume (a DOCX built here) is read on the server and shown back; the job description is pasted.
  await page.goto("/practice");
  await page.getByTestId("documents-link").click();
  const documents = new DocumentsPage(page);
  await expect(documents.resume).toHaveAttribute("data-state", "none");
  const word = await docx(RESUME);
  await documents.upload({ name: "Morgan CV.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(word) });
  await expect(documents.resume).toHaveAttribute("data-state", "draft");
  const read = await documents.resumeText.inputValue();
  expect(read).toContain("cached hot reads with Redis");
  await documents.confirmText(read);
  await documents.pasteJobDescription(JOB);

  await page.goto("/practice");
  await page.getByTestId("loop-new-link").click();
  const loop = new LoopPage(page);
  await expect(page.getByTestId("loop-role")).toBeVisible();

  // The rounds follow the title and level: a backend engineer writes code; from mid-level, a design round too.
  await page.getByTestId("loop-role").fill("Backend engineer");
  await page.getByTestId("loop-seniority").selectOption("MID");
  expect(await loop.pickedKinds()).toEqual(["SCREENING", "FUNDAMENTALS", "CODING", "SYSTEM_DESIGN", "BEHAVIOURAL"]);
  await page.getByTestId("loop-seniority").selectOption("JUNIOR");
  expect(await loop.pickedKinds()).toEqual(["SCREENING", "FUNDAMENTALS", "CODING", "BEHAVIOURAL"]);
  await expectAccessible(page, "loop setup");
  // Moving a round keeps keyboard focus on it and says where it went.
  await loop.round("BEHAVIOURAL").getByTestId("loop-round-up").click();
  expect(await loop.pickedKinds()).toEqual(["SCREENING", "FUNDAMENTALS", "BEHAVIOURAL", "CODING"]);
  await expect(page.getByTestId("loop-round-moved")).toHaveText("Behavioural is now round 3 of 4.");
  await expect(loop.round("BEHAVIOURAL").getByTestId("loop-round-up")).toBeFocused();

  // Nothing picked → the rule's message, nothing created.
  for (const kind of await loop.pickedKinds()) await loop.round(kind).getByTestId("loop-round-include").uncheck();
  await page.getByTestId("loop-start").click();
  await expect(page.getByTestId("loop-error")).toHaveText("Pick at least one round.");

  // Both documents are saved, so both boxes are ticked for the student.
  await expect(page.getByTestId("loop-useResume")).toBeChecked();
  await expect(page.getByTestId("loop-useJobDescription")).toBeChecked();
  await loop.create({
    role: "Backend engineer",
    seniority: "MID",
    rounds: [
      { kind: "FUNDAMENTALS", count: 3 },
      { kind: "SCREENING", count: 3 },
    ],
    useResume: true,
    useJobDescription: true,
  });
  await expect(page.getByTestId("loop-title")).toHaveText("Interview loop: Backend engineer");
  await expect(loop.rows()).toHaveCount(2);
  await expect(loop.rows().nth(0)).toContainText("Technical fundamentals");
  await expect(loop.rows().nth(0)).toHaveAttribute("data-state", "next");
  await expect(loop.rows().nth(1)).toHaveAttribute("data-state", "later");
  await expect(page.getByTestId("loop-band")).toHaveAttribute("data-band", "pending");
  await expectAccessible(page, "loop page");
  const loopUrl = page.url();

  // Round 1, answered to its report; the report leads back to the loop.
  await loop.startRound(0);
  const room = new InterviewPage(page);
  const asked: string[] = [];
  for (let guard = 0; guard < 8 && page.url().includes("/interview/"); guard++) {
    asked.push((await room.current()).text);
    await room.answer(ANSWER);
  }
  await page.waitForURL("**/report/**");
  // Its questions about the candidate's own skills come framed with where they came from, and are tagged in the report.
  expect(asked.some((q) => /^(You mention|The job description asks for) /.test(q))).toBe(true);
  await expect(page.getByTestId("question-basis").first()).toHaveText(/^From (your resume|the job description|your resume and the job description): /);
  await expect(page.getByTestId("practise-again-form")).toHaveCount(0);
  await page.getByRole("link", { name: "Back to your loop" }).click();
  await page.waitForURL(loopUrl);
  await expect(loop.rows().nth(0)).toHaveAttribute("data-state", "done");
  await expect(loop.rows().nth(0).getByTestId("loop-round-score")).toHaveText(/\d+\/100/);
  await expect(page.getByTestId("loop-band-reason")).toHaveText("1 of 2 rounds done: finish them all for a recommendation.");

  // Stop here and come back later from Job practice.
  await page.goto("/practice");
  await expect(page.getByTestId("loop-list")).toContainText("1 of 2 rounds done · next: Round 2: Screening");
  await page.getByTestId("loop-link").first().click();
  await page.waitForURL(loopUrl);

  await loop.startRound(1);
  await expect(room.question()).toHaveText(/^Walk me through your resume/);
  for (let guard = 0; guard < 8 && page.url().includes("/interview/"); guard++) await room.answer(ANSWER);
  await page.waitForURL("**/report/**");
  await page.getByRole("link", { name: "Back to your loop" }).click();
  await page.waitForURL(loopUrl);

  await expect(page.getByTestId("loop-breakdown-row")).toHaveCount(2);
  await expect(page.getByTestId("loop-band")).toHaveAttribute("data-band", /^(ready|close|not-yet)$/);
  await expect(page.getByTestId("loop-band-reason")).toContainText("Overall");
  await expect(page.getByTestId("loop-action-plan").locator("li").first()).toBeVisible();
  // The gap table: each requirement × the resume's line × how it was answered.
  const gap = (requirement: string) => page.getByTestId("loop-gap-row").filter({ has: page.getByRole("cell", { name: requirement, exact: true }) });
  await expect(gap("PostgreSQL")).toContainText("Tuned SQL indexes on PostgreSQL");
  await expect(gap("Kubernetes")).toContainText("Not found");
  await expect(gap("Terraform")).toContainText(/Not asked yet|Mentioned in an answer|in Technical fundamentals|in Screening/);
  await expectAccessible(page, "loop report");
  // The report fits a phone: its tables scroll inside their own boxes.
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `loop report at ${width}`).toBeLessThanOrEqual(width);
  }

  // Another student gets the same 404 as for a loop that does not exist; an instructor is sent home.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpStudent(otherPage, "Someone Else");
  expect((await otherPage.goto(loopUrl))?.status()).toBe(404);
  await other.close();
  const staff = await browser.newContext();
  const instructorPage = await staff.newPage();
  const login = new LoginPage(instructorPage);
  await login.goto();
  await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await instructorPage.waitForURL("**/instructor");
  await instructorPage.goto(loopUrl);
  await expect(instructorPage).toHaveURL(/\/instructor$/);
  await expect(instructorPage.getByTestId("loop-page")).toHaveCount(0);
  await staff.close();
});
