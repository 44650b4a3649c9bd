import { expect, type Page } from "@playwright/test";

export class ReportPage {
  constructor(private readonly page: Page) {}

  questions() {
    return this.page.getByTestId("report-question");
  }

  async verdicts(): Promise<string[]> {
    return this.questions().evaluateAll((cards) => cards.map((c) => c.getAttribute("data-verdict") ?? ""));
  }

  /** "Question 1", "Follow-up 1a", … in page order. */
  async labels(): Promise<string[]> {
    return (await this.page.getByTestId("question-label").allTextContents()).map((t) => t.trim());
  }

  list(name: "strengths" | "weaknesses" | "action-plan") {
    return this.page.getByTestId(name);
  }

  endedEarly() {
    return this.page.getByTestId("ended-early");
  }

  notReached() {
    return this.page.getByTestId("not-reached").getByRole("listitem");
  }

  author() {
    return this.page.getByTestId("report-author");
  }

  chart() {
    return this.page.getByTestId("dimension-chart");
  }

  /** True when nothing on the page is wider than the viewport. */
  async fitsViewport(): Promise<boolean> {
    await expect(this.page.getByTestId("report")).toBeVisible();
    return this.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  }

  /** Chart labels that stick out of the chart's drawing area (clipped on screen). */
  async clippedChartLabels(): Promise<string[]> {
    return this.chart()
      .locator("svg")
      .evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
          })
          .map((t) => t.textContent ?? "");
      });
  }
}
