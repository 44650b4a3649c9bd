import type { Page } from "@playwright/test";

/** The report as it prints: computed styles under print media, and the PDF Chromium makes. */
export class ReportPrint {
  constructor(private readonly page: Page) {}

  async emulatePrint(colorScheme: "light" | "dark") {
    await this.page.emulateMedia({ media: "print", colorScheme });
  }

  /**
   * The fewest A4 pages the report could fit on: its printed height laid out at the width of an
   * A4 page inside the 16 mm margins, divided by the page's printable height (CSS px at 96 dpi).
   */
  async minimumPages(): Promise<number> {
    const mm = 96 / 25.4;
    const width = Math.floor((210 - 32) * mm);
    const height = (297 - 32) * mm;
    await this.page.setViewportSize({ width, height: Math.floor(height) });
    const content = await this.page.evaluate(() => document.documentElement.scrollHeight);
    return Math.ceil(content / height);
  }

  /** Number of pages of the A4 PDF Chromium prints (backgrounds off, like a browser's default). */
  async pdfPageCount(): Promise<number> {
    const pdf = await this.page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
    return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }
}
