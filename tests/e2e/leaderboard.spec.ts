// Issue 18, leaderboard and resources, as real users do it: the instructor turns the class
// leaderboard on, students see it (their own row as "You"), one hides and the other no longer
// sees them; a missed key point in a report links to the resource the instructor attached to it.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { InstructorClassPage } from "./pages/instructor-pages";
import { InterviewPage } from "./pages/interview-page";
import { addResource, InstructorLeaderboardPage, sidewaysScroll, StudentLeaderboardCard } from "./pages/leaderboard-pages";
import { ReportPage } from "./pages/report-page";
import { SignupPage } from "./pages/signup-page";
import { StudentHomePage } from "./pages/student-home-page";
import { expectAccessible, signUpStudent } from "./support";

const fixture = path.join(process.cwd(), "tests", "fixtures", "csv", "e2e-bank-fixed.csv");
const KEY_POINT = "maps a key to a fixed-size value";

test("leaderboard opt-in, hiding, and a resource linked from a missed point", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The instructor: a class with one open topic of three questions.
  await new SignupPage(page).goto();
  await new SignupPage(page).signUp({ name: "Prof Board", email: `board.${Date.now()}@example.test`, password: "a-long-password", role: "instructor" });
  await page.waitForURL("**/instructor");
  const cls = new InstructorClassPage(page);
  const classUrl = await cls.createClass("Leaderboard 101");
  const code = await cls.classCode();
  await cls.addTopic("Hashing");
  await cls.topic("Hashing").getByTestId("manage-questions").click();
  await cls.previewCsv(fixture);
  await page.getByTestId("csv-commit").click();
  await expect(page.getByTestId("csv-committed")).toContainText("Imported 3 questions");

  // A resource on one key point of the first (easy) question, and a javascript: link refused.
  await page.reload();
  await page.getByTestId("question-open").first().click();
  await expect(page.getByTestId("question-title")).toHaveText("What is a hash function?");
  await addResource(page, { title: "Bad link", url: "javascript:alert(1)" });
  await expect(page.getByTestId("resource-add-message")).toContainText("http:// or https://");
  await addResource(page, { title: "Hash functions, step by step", url: "https://example.com/hash-functions", keyPoint: KEY_POINT });
  await expect(page.getByTestId("resource-add-message")).toBeVisible();
  await expect(page.getByTestId("resource-add-message")).toContainText("Added “Hash functions, step by step”");
  await addResource(page, { title: "A long reading list", url: `https://example.com/${"very-long-path-segment/".repeat(12)}`, note: "Chapter 3. ".repeat(30) });
  await expect(page.getByTestId("resource-add-message")).toContainText("Added “A long reading list”");
  await expect(page.getByTestId("resource-item")).toHaveCount(2);
  await expect(page.getByTestId("resource-key-point")).toContainText(KEY_POINT);
  await expectAccessible(page, "question page with a resource");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await sidewaysScroll(page), `question page with resources at ${width}`).toBeLessThanOrEqual(0);
  }
  // The long one is not needed: deleted (asked first).
  await page.locator('[data-testid="resource-item"][data-title="A long reading list"]').getByTestId("resource-delete").click();
  await page.getByTestId("resource-delete-confirm").click();
  await expect(page.getByTestId("resource-item")).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 844 });

  await page.getByRole("link", { name: "Topics & questions" }).click();
  await cls.topic("Hashing").getByTestId("toggle-lock").click();
  await expect(cls.topic("Hashing")).toContainText("Open");

  // Two students join; Ada answers the first question wrongly, Grace well.
  const adaContext = await browser.newContext();
  const ada = await adaContext.newPage();
  await signUpStudent(ada, "Ada Lovelace");
  await expect(await new StudentHomePage(ada).join(code)).toContainText("You joined");
  await new StudentHomePage(ada).start("Hashing");
  await new InterviewPage(ada).answer("I like pizza and football on weekends.");
  await new InterviewPage(ada).end();

  // Ada's report: the missed key point links to the resource (safely), and the plan lists it.
  const missed = ada.getByTestId("report-question").first().getByTestId("missed");
  const link = missed.getByRole("link", { name: /Hash functions, step by step/ });
  await expect(link).toHaveAttribute("href", "https://example.com/hash-functions");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(new ReportPage(ada).list("action-plan").getByTestId("plan-resource")).toContainText("Read: Hash functions, step by step");
  await expect(ada.getByText("Bad link")).toHaveCount(0);
  await expect(ada.getByText("A long reading list")).toHaveCount(0); // deleted before the report was opened
  await ada.setViewportSize({ width: 390, height: 844 });
  expect(await sidewaysScroll(ada), "report with resources at 390").toBeLessThanOrEqual(0);
  await ada.setViewportSize({ width: 1280, height: 844 });

  const graceContext = await browser.newContext();
  const grace = await graceContext.newPage();
  await signUpStudent(grace, "Grace Hopper");
  await new StudentHomePage(grace).join(code);
  await new StudentHomePage(grace).start("Hashing");
  await new InterviewPage(grace).answer("A hash function maps a key of any size to a fixed-size value, used to pick a bucket in a hash table.");
  await new InterviewPage(grace).end();

  // Off by default: no leaderboard for the students.
  await new StudentHomePage(grace).goto();
  const graceBoard = new StudentLeaderboardCard(grace);
  await expect(graceBoard.card()).toHaveCount(0);

  // The instructor turns it on with full names.
  const board = new InstructorLeaderboardPage(page);
  await board.open(classUrl);
  await board.turnOn({ names: "FULL_NAME" });
  await page.reload();
  await expect(board.rows()).toHaveCount(2);
  await expect(board.rows().first()).toContainText("Grace Hopper");
  await expectAccessible(page, "instructor leaderboard");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await sidewaysScroll(page), `instructor leaderboard at ${width}`).toBeLessThanOrEqual(0);
  }

  // Grace sees it: her own row as "You", highlighted, and Ada by name.
  await grace.reload();
  await expect(graceBoard.card()).toHaveCount(1);
  expect(await graceBoard.rows()).toEqual([expect.stringMatching(/^1 You \d+$/), expect.stringMatching(/^2 Ada Lovelace \d+$/)]);
  await expect(graceBoard.ownRow()).toHaveAttribute("aria-current", "true");
  await expect(graceBoard.standing()).toHaveText("You are number 1 of 2.");
  await expectAccessible(grace, "student home with a leaderboard");
  for (const width of [390, 1280]) {
    await grace.setViewportSize({ width, height: 844 });
    expect(await sidewaysScroll(grace), `student home at ${width}`).toBeLessThanOrEqual(0);
  }

  // Ada hides herself: she is told so, and Grace no longer sees her.
  await new StudentHomePage(ada).goto();
  const adaBoard = new StudentLeaderboardCard(ada);
  await adaBoard.toggleVisibility("You are hidden");
  await ada.reload();
  await expect(adaBoard.standing()).toHaveAttribute("data-kind", "hidden");
  await expect(adaBoard.standing()).toContainText("other students do not see you");
  await expect(adaBoard.card().getByTestId("leaderboard-visibility")).toContainText("Show me on the leaderboard");

  await grace.reload();
  expect(await graceBoard.rows()).toEqual([expect.stringMatching(/^1 You \d+$/)]);
  await expect(graceBoard.card()).not.toContainText("Ada");

  // The instructor sees a count, not who.
  await page.reload();
  await expect(board.rows()).toHaveCount(1);
  await expect(board.counts()).toContainText("1 student has chosen to hide");

  // Ada comes back.
  await adaBoard.toggleVisibility("back on the leaderboard");
  await grace.reload();
  expect(await graceBoard.rows()).toHaveLength(2);

  await adaContext.close();
  await graceContext.close();
});
