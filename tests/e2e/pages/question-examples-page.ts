import { expect, type Page } from "@playwright/test";

type Verdict = "strong" | "shallow" | "wrong";

/** A question's page (reached from its topic's question list): agreement, the sample-answer form, the examples. */
export class QuestionExamplesPage {
  constructor(private readonly page: Page) {}

  /** From a topic's question list: opens the question in row `index` (-1: the last). */
  async openFromTopic(index = 0) {
    const links = this.page.getByTestId("question-open");
    await (index < 0 ? links.last() : links.nth(index)).click();
    await this.page.waitForURL("**/questions/**");
    await expect(this.title()).toBeVisible();
  }

  title() {
    return this.page.getByTestId("question-title");
  }

  rows() {
    return this.page.getByTestId("sample-row");
  }

  async fillRow(index: number, row: { answer: string; verdict?: Verdict; score?: string }) {
    const r = this.rows().nth(index);
    await r.getByTestId("sample-answer").fill(row.answer);
    if (row.verdict) await r.getByTestId(`sample-verdict-${row.verdict}`).check();
    if (row.score !== undefined) await r.getByTestId("sample-score").fill(row.score);
  }

  /** Saves the form; the message it answers with. */
  async save() {
    await this.page.getByTestId("sample-submit").click();
    const message = this.page.getByTestId("sample-message");
    await expect(message).toBeVisible();
    return message;
  }

  examples() {
    return this.page.getByTestId("example-row");
  }

  agreement() {
    return this.page.getByTestId("agreement");
  }

  async backToTopic() {
    await this.page.getByTestId("question-back").click();
    await this.page.waitForURL(/\/topics\/[^/]+$/);
  }
}
