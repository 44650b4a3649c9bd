// The coding answer panel in the interview room: the editor, Run, the language choice and the
// results of the visible tests.
import { expect, type Page } from "@playwright/test";

export class CodePanel {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByTestId("code-panel");
  }

  editor() {
    return this.page.getByTestId("code-editor").locator(".cm-content");
  }

  /** Replaces the editor's text (select all, then type as a paste would). */
  async setCode(code: string) {
    await this.editor().click();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(code);
  }

  async code(): Promise<string> {
    return this.editor().evaluate((el) => [...el.querySelectorAll(".cm-line")].map((l) => l.textContent).join("\n"));
  }

  async chooseLanguage(language: "javascript" | "python") {
    await this.page.getByTestId("code-language").selectOption(language);
  }

  /** Runs the code and waits for the results; returns how long the run took in the browser (ms). */
  async run(): Promise<number> {
    const started = Date.now();
    await this.page.getByTestId("code-run").click();
    await expect(this.page.getByTestId("code-run")).toBeEnabled({ timeout: 60_000 });
    await expect(this.page.getByTestId("code-results")).toBeVisible();
    return Date.now() - started;
  }

  outcome() {
    return this.page.getByTestId("code-outcome");
  }

  stdout() {
    return this.page.getByTestId("code-stdout");
  }

  test(name: string) {
    return this.page.getByTestId("code-test").filter({ hasText: name });
  }
}
