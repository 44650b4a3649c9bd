import { expect, type Page } from "@playwright/test";
import { DEMO_INSTRUCTOR } from "../../../prisma/seed-data";
import { LoginPage } from "./login-page";

/** The instructor's transcript of one session, reached as an instructor would: class → Students → student → transcript. */
export class TranscriptPage {
  constructor(private readonly page: Page) {}

  async openAsDemoInstructor(studentName: string) {
    const login = new LoginPage(this.page);
    await login.goto();
    await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
    await this.page.waitForURL("**/instructor");
    await this.page
      .getByRole("link", { name: /CS 201/ })
      .first()
      .click();
    await this.page.getByRole("link", { name: "Students", exact: true }).click();
    await this.page.getByRole("link", { name: studentName }).click();
    await this.page.getByTestId("open-transcript").first().click();
    await this.page.waitForURL("**/sessions/**");
    await expect(this.turns().first()).toBeVisible();
  }

  turns() {
    return this.page.getByTestId("transcript-turn");
  }

  async labels(): Promise<string[]> {
    return (await this.page.getByTestId("turn-label").allTextContents()).map((t) => t.trim());
  }

  async override(turn: number, grade: { verdict: "STRONG" | "SHALLOW" | "WRONG"; score: number; reason: string }) {
    const card = this.turns().nth(turn);
    await card.getByTestId("override-open").click();
    await card.getByTestId("override-verdict").selectOption(grade.verdict);
    await card.getByTestId("override-score").fill(String(grade.score));
    await card.getByTestId("override-reason").fill(grade.reason);
    await card.getByTestId("override-submit").click();
    await expect(card.getByTestId("override-message")).toContainText("Grade changed");
    return card;
  }

  /** "Confirm grade" on a turn: the answer becomes an example for the grader, and the turn says so. */
  async confirm(turn: number) {
    const card = this.turns().nth(turn);
    await card.getByTestId("confirm-submit").click();
    await expect(card.getByTestId("turn-example-label")).toHaveText("Example for the grader (confirmed)");
    return card;
  }
}
