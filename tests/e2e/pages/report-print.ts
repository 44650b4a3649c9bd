import type { Page } from "@playwright/test";

/** The report as it prints: computed styles under print media, and the PDF Chromium makes. */
export class ReportPrint {
  constructor(private readonly page: Page) {}

  async emulatePrint(colorScheme: "light" | "dark") {
    await this.page.emulateMedia({ media: "print", colorScheme });
  }

  /** Number of pages of the A4 PDF Chromium prints (backgrounds off, like a browser's default). */
  async pdfPageCount(): Promise<number> {
    const pdf = await this.page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
    return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }
}
