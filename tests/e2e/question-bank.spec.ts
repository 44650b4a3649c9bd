// Building a question bank as an instructor would (issue 12): one question typed in, a real-shaped
// 200-question data set previewed (column mapping, where its Category rows go, look-alike
// categories, a repeated question with another difficulty, mis-encoded dashes), imported with a
// message that names where the rows went; an empty topic is unlocked only after a confirmation.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { InstructorClassPage } from "./pages/instructor-pages";
import { QuestionBankPage } from "./pages/question-bank-page";
import { SignupPage } from "./pages/signup-page";
import { expectAccessible } from "./support";

const bankFile = path.join(process.cwd(), "tests", "fixtures", "csv", "interview-bank-200.csv");

test("question bank: add one question, import a 200-question data set into one topic, unlock an empty topic only after confirming", async ({ page }) => {
  test.setTimeout(120_000);
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name: "Prof Osei", email: `osei.${Date.now()}@example.test`, password: "a-long-password", role: "instructor" });
  await page.waitForURL("**/instructor");
  const cls = new InstructorClassPage(page);
  await cls.createClass("Interview prep");
  await cls.addTopic("Software engineering");
  await cls.topic("Software engineering").getByTestId("manage-questions").click();
  const bank = new QuestionBankPage(page);

  // One question by hand: checked in the browser with the shared rules, then saved.
  await expect(await bank.addQuestion({ text: "   " })).toHaveText("The question is empty.");
  const added = await bank.addQuestion({
    text: "How would you review a pull request?",
    difficulty: "HARD",
    answer: "Read the description first, run it, then look at design before style.",
    keyPoints: "understand the goal; run the change; design before style",
  });
  await expect(added).toHaveText("Added to Software engineering.");
  await expect(page.getByTestId("new-question-text")).toHaveValue("");
  await expect(bank.rows()).toHaveCount(1);
  await expect(bank.rows().first()).toContainText("hard");
  await expect(bank.rows().first()).toContainText("How would you review a pull request?");

  // The data set: mapping, destination choice (this topic by default), the repeat, clean text.
  await bank.previewCsv(bankFile);
  await expect(page.getByTestId("csv-columns")).toHaveText(
    "Columns: Question ← Question · Reference answer ← Answer · Difficulty ← Difficulty · Topic ← Category · ignored: Question Number, Probability",
  );
  await expect(page.getByTestId("csv-topic-mode-this-topic")).toHaveAttribute("data-state", "checked");
  await expect(page.getByTestId("csv-destination")).toHaveText("All rows go into “Software engineering”; the Category column is not used.");
  await expect(page.getByTestId("csv-conflicts")).toContainText("Line 135 “What is caching?”: Repeats line 111 with a different difficulty (Hard): kept Medium.");
  await expect(page.getByTestId("csv-count-add")).toHaveText("199");
  await expect(page.getByTestId("csv-preview-result")).toContainText("What’s the difference between a process and a thread?");
  expect(await page.getByTestId("csv-preview-result").textContent()).not.toMatch(/[\u0080-\u009f]/);

  // One topic per Category: look-alike names flagged with a merge; then back to this topic.
  await bank.chooseTopicMode("by-column");
  await expect(page.getByTestId("csv-near-duplicates")).toContainText(
    "“General Programming” and “General Program” look like the same topic (29 rows). Merge them into “General Programming”.",
  );
  await expect(page.getByTestId("csv-near-duplicates")).toContainText("“Data Structures”, “data structures” differ only in case or spacing");
  await expect(page.getByTestId("csv-destination")).toContainText("General Programming (29 rows, new)");
  await page.getByTestId("csv-merge").uncheck();
  await expect(page.getByTestId("csv-destination")).toContainText("General Program (3 rows, new)");
  await expectAccessible(page, "csv preview");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(width).toBeLessThanOrEqual(1280);

  await bank.chooseTopicMode("this-topic");
  await expect(await bank.commit()).toHaveText("Imported 199 questions into Software engineering.");
  await page.reload();
  await expect(bank.rows()).toHaveCount(200);

  // An empty topic: unlocking asks first; cancelling keeps it locked.
  await page.getByRole("link", { name: "Topics & questions" }).click();
  await page.getByTestId("topic-name").fill("Behavioural questions");
  await page.getByTestId("create-topic-submit").click();
  const empty = cls.topic("Behavioural questions");
  await expect(empty).toContainText("no questions yet");
  await empty.getByTestId("toggle-lock").click();
  await expect(page.getByTestId("unlock-empty-dialog")).toContainText("“Behavioural questions” has no questions yet.");
  await expectAccessible(page, "unlock dialog");
  await page.getByTestId("unlock-empty-cancel").click();
  await expect(page.getByTestId("unlock-empty-dialog")).toBeHidden();
  await expect(empty).toContainText("Locked");
  await empty.getByTestId("toggle-lock").click();
  await page.getByTestId("unlock-empty-confirm").click();
  await expect(empty).toContainText("Open");
  // A topic with questions unlocks at once.
  await cls.topic("Software engineering").getByTestId("toggle-lock").click();
  await expect(page.getByTestId("unlock-empty-dialog")).toHaveCount(0);
  await expect(cls.topic("Software engineering")).toContainText("Open");
});
