import { expect, type Page } from "@playwright/test";
import { DEMO_INSTRUCTOR } from "../../../prisma/seed-data";
import { LoginPage } from "./login-page";

/** Logs in as the demo instructor and opens one demo topic's question page (CSV upload, questions). */
export async function openDemoTopicAsInstructor(page: Page, topic: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await page.waitForURL("**/instructor");
  await page
    .getByRole("link", { name: /CS 201/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Topics & questions" }).click();
  await page.getByRole("listitem").filter({ hasText: topic }).getByTestId("manage-questions").click();
  await expect(page.getByTestId("csv-file")).toBeVisible();
}

export class InstructorClassPage {
  constructor(private readonly page: Page) {}

  async createClass(name: string) {
    await this.page.goto("/instructor");
    await this.page.getByTestId("create-batch-name").fill(name);
    await this.page.getByTestId("create-batch-submit").click();
    await this.page.waitForURL(/\/instructor\/batches\/[^/]+$/);
    await expect(this.page.getByTestId("batch-name")).toContainText(name);
    return this.page.url();
  }

  async classCode(): Promise<string> {
    return (await this.page.getByTestId("class-code").textContent())!.trim();
  }

  async addTopic(name: string) {
    await this.page.getByRole("link", { name: "Topics & questions" }).click();
    await this.page.getByTestId("topic-name").fill(name);
    await this.page.getByTestId("create-topic-submit").click();
    await expect(this.page.getByTestId("create-topic-message")).toContainText(`Added “${name}”`);
  }

  topic(name: string) {
    return this.page.locator(`[data-testid="managed-topic"][data-topic-name="${name}"]`);
  }

  async previewCsv(path: string) {
    await this.page.getByTestId("csv-file").setInputFiles(path);
    await this.page.getByTestId("csv-preview").click();
    await expect(this.page.getByTestId("csv-preview-result")).toBeVisible();
  }
}
