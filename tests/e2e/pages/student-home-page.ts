import { expect, type Page } from "@playwright/test";

export class StudentHomePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/student");
    await expect(this.page.getByTestId("student-home")).toBeVisible();
  }

  async join(code: string) {
    await this.page.getByTestId("join-code").fill(code);
    await this.page.getByTestId("join-submit").click();
    return this.page.getByTestId("join-message");
  }

  topic(name: string) {
    return this.page.getByTestId("student-topic").filter({ hasText: name });
  }

  async start(topicName: string) {
    await this.topic(topicName).getByTestId("start-interview").click();
    await this.page.waitForURL("**/interview/**");
    await expect(this.page.getByTestId("question-text")).toBeVisible();
  }
}
