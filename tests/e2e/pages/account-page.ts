import { expect, type Page } from "@playwright/test";

/** /account: name, password, e-mail choices, deletion. */
export class AccountPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByTestId("nav-account").click();
    await this.page.waitForURL("**/account");
    await expect(this.page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  }

  async rename(name: string) {
    await this.page.getByTestId("account-name").fill(name);
    await this.page.getByTestId("account-name-form-submit").click();
    await expect(this.page.getByTestId("account-name-form-message")).toHaveText("Your name was saved.");
  }

  async changePassword(current: string, next: string) {
    await this.page.getByTestId("account-current-password").fill(current);
    await this.page.getByTestId("account-new-password").fill(next);
    await this.page.getByTestId("account-confirm-password").fill(next);
    await this.page.getByTestId("account-password-form-submit").click();
  }

  deletionNotice() {
    return this.page.getByTestId("deletion-notice");
  }

  async deleteAccount(email: string, password: string) {
    await this.page.getByTestId("delete-confirm-email").fill(email);
    await this.page.getByTestId("delete-password").fill(password);
    await this.page.getByTestId("delete-account-form-submit").click();
  }
}
