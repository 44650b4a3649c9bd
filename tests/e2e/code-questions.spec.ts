// Coding questions in a question bank (issue 17): an instructor adds one in the form (its fields
// appear with the kind, a bad spec is refused with the shared message) and imports one by CSV;
// both are listed with their language, and the question page shows the starter code and tests.
import { expect, test } from "@playwright/test";
import { InstructorClassPage } from "./pages/instructor-pages";
import { QuestionBankPage } from "./pages/question-bank-page";
import { SignupPage } from "./pages/signup-page";
import { expectAccessible } from "./support";

const csv = [
  "question,kind,language,starter_code,tests",
  '"Write countVowels(text): how many of a, e, i, o, u it contains.",code,JavaScript,"function countVowels(text) {\n  return 0;\n}","[{""name"":""word"",""args"":[""banana""],""expected"":3},{""args"":[""""],""expected"":0,""hidden"":true}]"',
  "",
].join("\n");

test("coding questions: added in the form and imported by CSV, listed with their language, shown with starter code and tests", async ({ page }) => {
  test.setTimeout(90_000);
  await new SignupPage(page).goto();
  await new SignupPage(page).signUp({ name: "Prof Varga", email: `varga.${Date.now()}@example.test`, password: "a-long-password", role: "instructor" });
  await page.waitForURL("**/instructor");
  const cls = new InstructorClassPage(page);
  await cls.createClass("Algorithms");
  await cls.addTopic("Strings");
  await cls.topic("Strings").getByTestId("manage-questions").click();
  const bank = new QuestionBankPage(page);

  // The coding fields show only for the Coding kind; the reference answer asks for the explanation.
  await expect(page.getByTestId("new-question-code-fields")).toBeHidden();
  const question = {
    text: "Write is_palindrome(text): true when it reads the same both ways.",
    language: "python" as const,
    starter: "def is_palindrome(text):\n    pass",
    tests: '[{"name":"racecar","args":["racecar"],"expected":true,"hidden":true}]',
    answer: "Compare the text with its reverse: O(n) time and space.",
  };
  await expect(await bank.addCodingQuestion(question)).toHaveText(/^Mark at least one test visible/);
  await expect(page.getByText("What a good explanation says")).toBeVisible();
  await expect(
    await bank.addCodingQuestion({ ...question, tests: '[{"name":"racecar","args":["racecar"],"expected":true},{"args":["ab"],"expected":false,"hidden":true}]' }),
  ).toHaveText("Added to Strings.");
  await expect(bank.rows()).toHaveCount(1);
  await expect(bank.rows().first().getByTestId("question-kind-badge")).toHaveText("Coding · Python");

  // A CSV with a coding row: previewed with its language, imported, listed.
  await bank.previewCsv({ name: "coding.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("csv-row-kind")).toHaveText("Coding · JavaScript");
  await expect(await bank.commit()).toHaveText("Imported 1 question into Strings.");
  await page.reload();
  await expect(bank.rows()).toHaveCount(2);
  await expect(bank.rows().getByTestId("question-kind-badge")).toHaveText(["Coding · Python", "Coding · JavaScript"]);
  // Its edit form opens with the spec filled in, so saving keeps it.
  await bank.rows().first().locator("summary").click();
  await expect(bank.rows().first().getByLabel("Starter code")).toHaveValue(question.starter);

  // The question's page: starter code and every test, the hidden one marked.
  await bank.rows().first().getByTestId("question-open").click();
  // Until the question's page has replaced the list, the list's own badges would answer.
  await page.waitForURL("**/questions/**");
  await expect(page.getByTestId("question-starter")).toBeVisible();
  await expect(page.getByTestId("question-kind-badge")).toHaveText("Coding · Python");
  await expect(page.getByTestId("question-starter")).toHaveText(question.starter);
  await expect(page.getByTestId("question-test")).toHaveCount(2);
  await expect(page.getByTestId("question-test").nth(1).getByTestId("question-test-hidden")).toHaveText("hidden");
  await expect(page.getByTestId("question-test").first()).toContainText('is_palindrome("racecar") → true');
  await expectAccessible(page, "coding question page");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
