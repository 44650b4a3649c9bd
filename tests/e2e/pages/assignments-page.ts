import { expect, type Page } from "@playwright/test";

/** The instructor's Assignments page of a class. */
export class AssignmentsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: "Assignments", exact: true }).click();
    await expect(this.page.getByRole("heading", { name: "Assignments", exact: true })).toBeVisible();
  }

  /** A topic assignment; dates as datetime-local values in the browser's zone. */
  async createForTopic(topic: string, fields: { title?: string; opensAt: string; dueAt: string; maxAttempts?: string }) {
    await this.page.getByTestId("assignment-kind-topic").check();
    const select = this.page.getByTestId("assignment-topicId");
    await select.selectOption((await select.locator("option", { hasText: topic }).getAttribute("value"))!);
    if (fields.title) await this.page.getByTestId("assignment-title").fill(fields.title);
    await this.page.getByTestId("assignment-opensAt").fill(fields.opensAt);
    await this.page.getByTestId("assignment-dueAt").fill(fields.dueAt);
    if (fields.maxAttempts !== undefined) await this.page.getByTestId("assignment-maxAttempts").fill(fields.maxAttempts);
    await this.page.getByTestId("assignment-submit").click();
  }

  /** A job-practice assignment (the level, focus and language as the form has them). */
  async createForJob(role: string, fields: { title: string; opensAt: string; dueAt: string; questionCount?: string }) {
    await this.page.getByTestId("assignment-kind-job").check();
    await this.page.getByTestId("assignment-role").fill(role);
    if (fields.questionCount) await this.page.getByTestId("assignment-count").fill(fields.questionCount);
    await this.page.getByTestId("assignment-title").fill(fields.title);
    await this.page.getByTestId("assignment-opensAt").fill(fields.opensAt);
    await this.page.getByTestId("assignment-dueAt").fill(fields.dueAt);
    await this.page.getByTestId("assignment-submit").click();
    await expect(this.page.getByTestId("assignment-created")).toHaveText(`Assigned “${fields.title}”.`);
  }

  assignment(title: string) {
    return this.page.locator(`[data-testid="assignment"][data-title="${title}"]`);
  }

  student(title: string, name: string) {
    return this.assignment(title).locator(`[data-testid="assignment-student"][data-student="${name}"]`);
  }

  async editDates(title: string, dates: { opensAt: string; dueAt: string }) {
    const card = this.assignment(title);
    await card.getByTestId("assignment-edit-open").click();
    const form = card.getByTestId("assignment-edit-form");
    await form.locator('input[name="opensAt"]').fill(dates.opensAt);
    await form.locator('input[name="dueAt"]').fill(dates.dueAt);
    await form.getByTestId("assignment-edit-submit").click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
  }
}

/** The student's "Due" section on their dashboard. */
export class DueSection {
  constructor(private readonly page: Page) {}

  card(title: string) {
    return this.page.locator(`[data-testid="due-assignment"][data-title="${title}"]`);
  }

  async start(title: string) {
    await this.card(title).getByTestId("due-start").click();
    await this.page.waitForURL("**/interview/**");
    await expect(this.page.getByTestId("question-text")).toBeVisible();
  }
}
