import { expect, type Page } from "@playwright/test";

export class InterviewPage {
  constructor(private readonly page: Page) {}

  question() {
    return this.page.getByTestId("question-text");
  }

  async current(): Promise<{ text: string; kind: "MAIN" | "FOLLOW_UP" }> {
    await expect(this.question()).toBeVisible();
    const card = this.page.getByTestId("question-card");
    return { text: (await this.question().textContent())!.trim(), kind: (await card.getAttribute("data-kind")) as "MAIN" | "FOLLOW_UP" };
  }

  answered() {
    return this.page.getByTestId("progress-label");
  }

  /** Types an answer and submits it (by button, or Ctrl+Enter), then waits for the next state. */
  async answer(text: string, options: { keyboard?: boolean } = {}) {
    const before = await this.question().textContent();
    const beforeAnswered = await this.page.getByTestId("answered-count").textContent();
    await this.page.getByTestId("answer-input").fill(text);
    await expect(this.page.getByTestId("answer-input")).toHaveValue(text);
    if (options.keyboard) await this.page.getByTestId("answer-input").press("Control+Enter");
    else await this.page.getByTestId("submit-answer").click();
    // The next question (or the report) replaces this one.
    // Bounded reads: once the report replaces the room these elements are gone, and an
    // unbounded textContent() would wait forever inside one attempt.
    // A follow-up keeps the progress line (it belongs to its main question) but not the text.
    await expect(async () => {
      if (this.page.url().includes("/report/")) return;
      expect(await this.page.getByTestId("answered-count").textContent({ timeout: 500 })).not.toBe(beforeAnswered);
      expect(await this.question().textContent({ timeout: 500 })).not.toBe(before);
    }).toPass({ timeout: 15_000 });
  }

  async end() {
    await this.page.getByTestId("end-interview").click();
    await this.page.getByTestId("end-confirm").click();
    await this.page.waitForURL("**/report/**");
  }
}
