import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  }

  /** Submits and waits for the server action's answer (React resets the form when it lands). */
  async login(email: string, password: string) {
    await this.page.getByTestId("login-email").fill(email);
    await this.page.getByTestId("login-password").fill(password);
    await Promise.all([this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"), this.page.getByTestId("login-submit").click()]);
  }

  error() {
    return this.page.getByTestId("login-error");
  }
}
