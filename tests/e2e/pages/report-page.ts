import type { Page } from "@playwright/test";

export class ReportPage {
  constructor(private readonly page: Page) {}

  questions() {
    return this.page.getByTestId("report-question");
  }

  async verdicts(): Promise<string[]> {
    return this.questions().evaluateAll((cards) => cards.map((c) => c.getAttribute("data-verdict") ?? ""));
  }
}
