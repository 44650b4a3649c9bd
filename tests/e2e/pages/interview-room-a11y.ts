import type { Page } from "@playwright/test";

/** The interview room as assistive technology sees it: descriptions, invalid state, status. */
export class InterviewRoomA11y {
  constructor(private readonly page: Page) {}

  answerBox() {
    return this.page.getByTestId("answer-input");
  }

  submit() {
    return this.page.getByTestId("submit-answer");
  }

  endButton() {
    return this.page.getByTestId("end-interview");
  }

  /** The visually hidden live region that announces what the room is doing. */
  status() {
    return this.page.getByTestId("interview-room").locator(".sr-only[aria-live], .sr-only[role=status]");
  }

  /** The texts the answer box's aria-describedby points at, in order. */
  async descriptions(): Promise<string[]> {
    return this.answerBox().evaluate((box) =>
      (box.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`),
    );
  }

  /** How many times `text` occurs in the room's text (visible or visually hidden). */
  async occurrences(text: string): Promise<number> {
    const all = (await this.page.getByTestId("interview-room").textContent()) ?? "";
    return all.split(text).length - 1;
  }

  /** Opens the End dialog and confirms. */
  async confirmEnd() {
    await this.endButton().click();
    await this.page.getByTestId("end-confirm").click();
  }
}
