// The student's resume and job description, in Chromium against the production build: upload a
// DOCX and a PDF made by the test, see the text read from them, fix a word, save, reload and see
// it confirmed; a fake PDF and a scanned one get their messages; paste a job description with a
// live count; delete both (asked first). Fits 390 px and 1280 px.
import { expect, test } from "@playwright/test";
import { documentMessages } from "../../lib/documents/limits";
import { docx, imageOnlyPdf, textPdf } from "../support/document-fixtures";
import { DocumentsPage } from "./pages/documents-page";
import { expectAccessible, signUpStudent } from "./support";

const buffer = (bytes: Uint8Array) => Buffer.from(bytes);
const noHorizontalScroll = (page: import("@playwright/test").Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("a student uploads a resume, corrects it, pastes a job description and deletes both", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpStudent(page, "Robin Documents");
  const documents = new DocumentsPage(page);
  await documents.goto();
  await expect(page.getByTestId("documents-privacy")).toContainText("Instructors never see it");
  await expect(documents.resume).toHaveAttribute("data-state", "none");

  // A file named .pdf that is not one, and a scanned PDF: clear messages, nothing saved.
  await documents.upload({ name: "resume.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just some text pretending to be a PDF file.") });
  await expect(documents.uploadError).toHaveText(documentMessages.notWhatItSays("PDF"));
  await documents.upload({ name: "scan.pdf", mimeType: "application/pdf", buffer: buffer(await imageOnlyPdf()) });
  await expect(documents.uploadError).toHaveText(documentMessages.noTextLayer);
  await expect(documents.resume).toHaveAttribute("data-state", "none");

  // A DOCX: its text comes back for checking, with a word misread.
  const word = await docx(["Robin Example", "Backend engineer at Acme, 2021-2024", "Built Kafak consumers in Go"]);
  await documents.upload({ name: "Robin CV.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: buffer(word) });
  await expect(documents.resume).toHaveAttribute("data-state", "draft");
  await expect(page.getByText("Check the text we read from your file. Fix anything we got wrong, then save it.")).toBeVisible();
  const read = await documents.resumeText.inputValue();
  expect(read).toContain("Built Kafak consumers in Go");
  await expectAccessible(page, "documents: correction view");
  await documents.confirmText(read.replace("Kafak", "Kafka"));

  await page.reload();
  await expect(documents.resume).toHaveAttribute("data-state", "confirmed");
  await expect(page.getByTestId("resume-confirmed")).toContainText(`${read.length.toLocaleString("en")} characters`);
  await expect(page.getByTestId("resume-confirmed")).toContainText("From Robin CV.docx");
  await page.getByTestId("resume-edit").click();
  await expect(documents.resumeText).toHaveValue(/Built Kafka consumers in Go/);
  await page.getByTestId("resume-edit-cancel").click();

  // Replace it with a PDF: back to checking, and not used until saved again.
  await page.getByTestId("resume-replace").click();
  await documents.upload({ name: "cv.pdf", mimeType: "application/pdf", buffer: buffer(await textPdf(["Robin Example", "Site reliability engineer at Beta"])) });
  await expect(documents.resume).toHaveAttribute("data-state", "draft");
  await expect(documents.resumeText).toHaveValue(/Site reliability engineer at Beta/);
  await documents.confirmText(await documents.resumeText.inputValue());

  // The job description: a live count against the limit, then saved.
  const jd = "We are hiring a backend engineer: Go, Kafka, PostgreSQL and on-call experience.";
  await page.getByTestId("job-description-text").fill(jd);
  await expect(page.getByTestId("job-description-count")).toHaveText(`${jd.length} / 20,000 characters`);
  await documents.pasteJobDescription(jd);
  await page.reload();
  await expect(page.getByTestId("job-description-text")).toHaveValue(jd);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await noHorizontalScroll(page), `documents page at ${width} px`).toBeLessThanOrEqual(width);
  }
  await expectAccessible(page, "documents: both saved");

  // Delete both; the first question is answered "Keep it" once.
  await documents.delete("resume", { keepFirst: true });
  await expect(documents.resume).toHaveAttribute("data-state", "none");
  await documents.delete("job-description");
  await expect(documents.jobDescription).toHaveAttribute("data-state", "none");
  await expect(page.getByTestId("job-description-text")).toHaveValue("");
  await page.reload();
  await expect(documents.resume).toHaveAttribute("data-state", "none");
  await expect(documents.jobDescription).toHaveAttribute("data-state", "none");

  await page.getByTestId("documents-back").click();
  await page.waitForURL("**/practice");
});

test("a too-long job description is refused in the browser, and the resume can be pasted instead of uploaded", async ({ page }) => {
  await signUpStudent(page, "Sam Paster");
  const documents = new DocumentsPage(page);
  await documents.goto();
  await page.getByTestId("job-description-text").fill("x".repeat(20_001));
  await expect(page.getByTestId("job-description-count")).toContainText("too long");
  await page.getByTestId("job-description-save").click();
  await expect(page.getByTestId("job-description-error")).toContainText("20,001 characters");
  await expect(documents.jobDescription).toHaveAttribute("data-state", "none");

  await page.getByTestId("resume-paste").click();
  await documents.confirmText("Sam Paster\nData analyst: SQL, dashboards, A/B tests.");
  await expect(documents.resume).toHaveAttribute("data-state", "confirmed");
});
