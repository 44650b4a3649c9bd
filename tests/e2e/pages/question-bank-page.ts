import { expect, type Page } from "@playwright/test";

/** A topic's question page: add one question, preview and import a CSV, the question list. */
export class QuestionBankPage {
  constructor(private readonly page: Page) {}

  rows() {
    return this.page.getByTestId("question-row");
  }

  async addQuestion(q: { text: string; difficulty?: "EASY" | "MEDIUM" | "HARD"; answer?: string; keyPoints?: string }) {
    await this.page.getByTestId("new-question-text").fill(q.text);
    if (q.difficulty) await this.page.getByTestId("new-question-difficulty").selectOption(q.difficulty);
    await this.page.getByTestId("new-question-answer").fill(q.answer ?? "");
    await this.page.getByTestId("new-question-points").fill(q.keyPoints ?? "");
    await this.page.getByTestId("new-question-submit").click();
    return this.page.getByTestId("new-question-message");
  }

  /** Fills the add form as a coding question (kind Coding: its fields appear) and submits it. */
  async addCodingQuestion(q: { text: string; language: "javascript" | "python"; starter: string; tests: string; solution?: string; answer?: string }) {
    await this.page.getByTestId("new-question-text").fill(q.text);
    await this.page.getByTestId("new-question-kind").selectOption("CODE");
    await expect(this.page.getByTestId("new-question-code-fields")).toBeVisible();
    await this.page.getByTestId("new-question-language").selectOption(q.language);
    await this.page.getByTestId("new-question-starter").fill(q.starter);
    await this.page.getByTestId("new-question-tests").fill(q.tests);
    await this.page.getByTestId("new-question-solution").fill(q.solution ?? "");
    await this.page.getByTestId("new-question-answer").fill(q.answer ?? "");
    await this.page.getByTestId("new-question-submit").click();
    return this.page.getByTestId("new-question-message");
  }

  /** A file on disk, or one made in the test ({ name, mimeType, buffer }). */
  async previewCsv(path: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByTestId("csv-file").setInputFiles(path);
    await this.page.getByTestId("csv-preview").click();
    await expect(this.page.getByTestId("csv-preview-result")).toBeVisible();
  }

  /** Picks where a topic column's rows go; the preview is read again with the choice. */
  async chooseTopicMode(mode: "by-column" | "this-topic") {
    await this.page.getByTestId(`csv-topic-mode-${mode}`).click();
    await expect(this.page.getByTestId(`csv-topic-mode-${mode}`)).toHaveAttribute("data-state", "checked");
    await expect(this.page.getByTestId("csv-preview")).toBeEnabled();
  }

  async commit() {
    await this.page.getByTestId("csv-commit").click();
    return this.page.getByTestId("csv-committed");
  }
}
