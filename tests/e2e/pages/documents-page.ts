// The page "Your resume and job description" (/practice/documents): upload and check a resume,
// paste a job description, delete either (each asked first).
import { expect, type Locator, type Page } from "@playwright/test";

export class DocumentsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/practice/documents");
    await expect(this.page.getByRole("heading", { name: "Your resume and job description" })).toBeVisible();
  }

  get resume(): Locator {
    return this.page.getByTestId("resume-section");
  }

  get resumeText(): Locator {
    return this.page.getByTestId("resume-text");
  }

  get jobDescription(): Locator {
    return this.page.getByTestId("job-description-section");
  }

  /** Chooses a file and uploads it; the caller checks what came back (the text, or an error). */
  async upload(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByTestId("resume-file").setInputFiles(file);
    await this.page.getByTestId("resume-upload-submit").click();
  }

  get uploadError(): Locator {
    return this.page.getByTestId("resume-upload-error");
  }

  /** Replaces the text in the correction view and saves it ("Use this text"). */
  async confirmText(text: string) {
    await this.resumeText.fill(text);
    await this.page.getByTestId("resume-confirm").click();
    await expect(this.page.getByTestId("resume-confirmed")).toBeVisible();
  }

  async pasteJobDescription(text: string) {
    await this.page.getByTestId("job-description-text").fill(text);
    await this.page.getByTestId("job-description-save").click();
    await expect(this.page.getByTestId("job-description-saved")).toBeVisible();
  }

  /** Deletes the resume or the job description, answering the question first with "Keep it" when asked to. */
  async delete(which: "resume" | "job-description", { keepFirst = false } = {}) {
    await this.page.getByTestId(`${which}-delete`).click();
    if (keepFirst) {
      await this.page.getByTestId(`${which}-delete-cancel`).click();
      await expect(this.page.getByTestId(`${which}-delete-dialog`)).toBeHidden();
      await this.page.getByTestId(`${which}-delete`).click();
    }
    await this.page.getByTestId(`${which}-delete-confirm`).click();
    await expect(this.page.getByTestId(`${which}-delete-dialog`)).toBeHidden();
  }
}
