// The Job practice page (/practice): the setup form, the open interview, history and trends.
import { expect, type Page } from "@playwright/test";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "../../../lib/question-bank";

const JOB_BANK = [...Object.values(TECHNICAL_BANK).flat(), ...BEHAVIOURAL_BANK];

/** The built-in job-practice bank question with this text (the interview asks them word for word offline). */
export function jobBankQuestion(text: string) {
  const q = JOB_BANK.find((x) => x.text === text);
  if (!q) throw new Error(`not a built-in job-practice question: ${text}`);
  return q;
}

export type JobSetupForm = { role: string; seniority?: "INTERN" | "JUNIOR" | "MID" | "SENIOR" | "LEAD"; focus?: "TECHNICAL" | "BEHAVIOURAL" | "MIXED"; count?: number };

export class JobPracticePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/practice");
    await expect(this.page.getByTestId("practice-role")).toBeVisible();
  }

  /** Fills the setup form (choosing controls by value, whatever kind of control the form uses) and starts. */
  async start(setup: JobSetupForm) {
    await this.page.getByTestId("practice-role").fill(setup.role);
    if (setup.seniority) await this.choose("practice-seniority", setup.seniority);
    if (setup.focus) await this.choose("practice-focus", setup.focus);
    if (setup.count) await this.choose("practice-count", String(setup.count));
    await this.page.getByTestId("practice-start").click();
    await this.page.waitForURL("**/interview/**");
  }

  /** A <select> or an input is set directly; a radio group is clicked by its value. */
  private async choose(testId: string, value: string) {
    const control = this.page.getByTestId(testId);
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === "select") await control.selectOption(value);
    else if (tag === "input" && (await control.getAttribute("type")) !== "radio") await control.fill(value);
    else await control.locator(`[value="${value}"]`).check();
  }

  resume() {
    return this.page.getByTestId("practice-resume");
  }
}
