import { expect, type Page } from "@playwright/test";

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
