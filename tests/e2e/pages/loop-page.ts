// Interview loops: the setup page (/practice/loops/new) and a loop's page (rounds and report).
import { expect, type Locator, type Page } from "@playwright/test";

export type LoopForm = {
  role: string;
  seniority?: "INTERN" | "JUNIOR" | "MID" | "SENIOR" | "LEAD";
  /** The rounds to keep, in order, with their lengths; the others are unticked. */
  rounds: { kind: "SCREENING" | "FUNDAMENTALS" | "SYSTEM_DESIGN" | "BEHAVIOURAL"; count: number }[];
  useResume?: boolean;
  useJobDescription?: boolean;
};

export class LoopPage {
  constructor(private readonly page: Page) {}

  async gotoNew() {
    await this.page.goto("/practice/loops/new");
    await expect(this.page.getByTestId("loop-role")).toBeVisible();
  }

  round(kind: string): Locator {
    return this.page.locator(`[data-testid="loop-round"][data-kind="${kind}"]`);
  }

  /** The picked rounds' kinds, in the form's order. */
  async pickedKinds(): Promise<string[]> {
    return this.page.locator('[data-testid="loop-round"][data-included="true"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind") ?? ""));
  }

  async create(form: LoopForm) {
    await this.page.getByTestId("loop-role").fill(form.role);
    if (form.seniority) await this.page.getByTestId("loop-seniority").selectOption(form.seniority);
    const all = await this.page.getByTestId("loop-round").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind") ?? ""));
    for (const kind of all) {
      const wanted = form.rounds.find((r) => r.kind === kind);
      const box = this.round(kind).getByTestId("loop-round-include");
      if (wanted) {
        await box.check();
        await this.round(kind).getByTestId("loop-round-count").fill(String(wanted.count));
      } else await box.uncheck();
    }
    // Move each wanted round up until it sits at its place among the picked ones.
    for (let place = 0; place < form.rounds.length; place++) {
      for (let guard = 0; guard < 6 && (await this.pickedKinds())[place] !== form.rounds[place]!.kind; guard++) {
        await this.round(form.rounds[place]!.kind).getByTestId("loop-round-up").click();
      }
    }
    expect(await this.pickedKinds()).toEqual(form.rounds.map((r) => r.kind));
    for (const [id, on] of [
      ["loop-useResume", form.useResume],
      ["loop-useJobDescription", form.useJobDescription],
    ] as const) {
      if (on === undefined) continue;
      if (on) await this.page.getByTestId(id).check();
      else if (await this.page.getByTestId(id).isEnabled()) await this.page.getByTestId(id).uncheck();
    }
    await this.page.getByTestId("loop-start").click();
    await this.page.waitForURL(/\/practice\/loops\/(?!new)[^/]+$/);
  }

  rows(): Locator {
    return this.page.getByTestId("loop-round-row");
  }

  async startRound(index: number) {
    await this.rows().nth(index).getByTestId("round-start").click();
    await this.page.waitForURL("**/interview/**");
  }
}
