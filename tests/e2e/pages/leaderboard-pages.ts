import { expect, type Locator, type Page } from "@playwright/test";

/** The class's Leaderboard page (instructor): settings and the board. */
export class InstructorLeaderboardPage {
  constructor(private readonly page: Page) {}

  async open(classUrl: string) {
    await this.page.goto(`${classUrl}/leaderboard`);
    await expect(this.page.getByRole("heading", { name: "Leaderboard", exact: true })).toBeVisible();
  }

  async turnOn(options: { metric?: "BEST_PER_TOPIC" | "POINTS"; period?: "7" | "30" | "all"; names: "FULL_NAME" | "INITIALS" }) {
    await this.page.getByTestId("leaderboard-enabled").check();
    await this.page.getByTestId("leaderboard-metric").selectOption(options.metric ?? "BEST_PER_TOPIC");
    if (options.period) await this.page.getByTestId("leaderboard-period").selectOption(options.period);
    await this.page.getByTestId("leaderboard-names").selectOption(options.names);
    await this.page.getByTestId("leaderboard-save").click();
    await expect(this.page.getByTestId("leaderboard-message")).toContainText("Leaderboard on");
  }

  rows(): Locator {
    return this.page.getByTestId("leaderboard-row");
  }

  counts(): Locator {
    return this.page.getByTestId("leaderboard-counts");
  }
}

/** A class's leaderboard card on the student's home. */
export class StudentLeaderboardCard {
  constructor(private readonly page: Page) {}

  card(): Locator {
    return this.page.getByTestId("class-leaderboard");
  }

  /** "rank name score" per row, as shown. */
  async rows(): Promise<string[]> {
    return this.card()
      .getByTestId("leaderboard-row")
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent?.trim()).join(" ")));
  }

  ownRow(): Locator {
    return this.card().locator('[data-testid="leaderboard-row"][data-you="true"]');
  }

  standing(): Locator {
    return this.card().getByTestId("leaderboard-standing");
  }

  async toggleVisibility(expectMessage: string) {
    await this.card().getByTestId("leaderboard-visibility").click();
    await expect(this.card().getByTestId("leaderboard-visibility-message")).toContainText(expectMessage);
  }
}

/** Adds a resource with the form on a topic's or a question's page. */
export async function addResource(page: Page, resource: { title: string; url?: string; note?: string; keyPoint?: string }) {
  const form = page.getByTestId("resource-add");
  await form.getByTestId("resource-add-title").fill(resource.title);
  if (resource.url !== undefined) await form.getByTestId("resource-add-url").fill(resource.url);
  if (resource.note !== undefined) await form.getByTestId("resource-add-note").fill(resource.note);
  if (resource.keyPoint) await form.getByTestId("resource-add-key-point").selectOption({ value: resource.keyPoint });
  await form.getByTestId("resource-add-submit").click();
}

/** How far the page scrolls sideways beyond the viewport (0: it fits). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
