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

  async previewCsv(path: string) {
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
