import { expect, type Page } from "@playwright/test";

export class SignupPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/signup");
    await expect(this.page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  }

  async signUp(input: { name: string; email: string; password: string; role: "student" | "instructor" }) {
    await this.page.getByTestId("signup-name").fill(input.name);
    await this.page.getByTestId("signup-email").fill(input.email);
    await this.page.getByTestId("signup-password").fill(input.password);
    await this.page.getByTestId(`signup-role-${input.role}`).click();
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signup"),
      this.page.getByTestId("signup-submit").click(),
    ]);
  }

  error() {
    return this.page.getByTestId("signup-error");
  }
}
