import type { Page } from "@playwright/test";

export class AppShell {
  constructor(private readonly page: Page) {}

  currentUser() {
    return this.page.getByTestId("current-user");
  }

  async logout() {
    await this.page.getByTestId("logout").click();
    await this.page.waitForURL((url) => url.pathname === "/");
  }
}
