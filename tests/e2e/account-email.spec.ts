// Forgot password → e-mail (a real SMTP sink) → new password; and the account page: rename,
// change password, delete. Each at 390 and 1280 px without horizontal scroll, and accessible.
import { expect, type Page, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { AccountPage } from "./pages/account-page";
import { LoginPage } from "./pages/login-page";
import { Mailbox } from "./pages/mailbox";
import { SignupPage } from "./pages/signup-page";
import { expectAccessible } from "./support";

const PASSWORD = "a-long-password";
let counter = 0;

async function signUp(page: Page, name: string, role: "student" | "instructor" = "student"): Promise<string> {
  const email = `acct.${Date.now()}.${counter++}@example.test`;
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name, email, password: PASSWORD, role });
  await page.waitForURL(role === "student" ? "**/student" : "**/instructor");
  return email;
}

async function fitsAt(page: Page, width: number, label: string) {
  await page.setViewportSize({ width, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} at ${width} px`).toBeLessThanOrEqual(width);
}

test("forgot password: the link arrives by e-mail, sets a new password once, and ends the old sessions", async ({ page, browser }) => {
  const email = await signUp(page, "Fergus Forgetful");
  // A second browser stays signed in with the old password: it must be signed out by the reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherLogin = new LoginPage(otherPage);
  await otherLogin.goto();
  await otherLogin.login(email, PASSWORD);
  await otherPage.waitForURL("**/student");
  await new AppShell(page).logout();

  const login = new LoginPage(page);
  await login.goto();
  await page.getByTestId("forgot-link").click();
  await page.waitForURL("**/forgot-password");
  for (const width of [390, 1280]) await fitsAt(page, width, "forgot password");
  await expectAccessible(page, "forgot password");
  await page.getByTestId("forgot-email").fill(email.toUpperCase());
  await page.getByTestId("forgot-submit").click();
  await expect(page.getByTestId("forgot-sent")).toContainText("If an account uses that address");

  const mail = await new Mailbox().latest(email, /Reset your Interview practice password/);
  expect(mail.text).toContain("Hi Fergus Forgetful,");
  const link = /http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();
  expect(mail.html).toContain(`href="${link}"`);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  for (const width of [390, 1280]) await fitsAt(page, width, "reset password");
  await expectAccessible(page, "reset password");
  await page.getByTestId("reset-password").fill("short");
  await page.getByTestId("reset-confirm").fill("short");
  await page.getByTestId("reset-submit").click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await page.getByTestId("reset-password").fill("my-new-password-2");
  await page.getByTestId("reset-confirm").fill("my-new-password-2");
  await page.getByTestId("reset-submit").click();
  await page.waitForURL("**/login?reset=done");
  await expect(page.getByTestId("reset-done")).toBeVisible();

  // The old password no longer works; the new one does; the other browser was signed out.
  await login.login(email, PASSWORD);
  await expect(login.error()).toBeVisible();
  await login.login(email, "my-new-password-2");
  await page.waitForURL("**/student");
  await otherPage.goto("/student");
  await otherPage.waitForURL("**/login**");
  await other.close();

  // The link worked once.
  await page.goto(link!);
  await expect(page.getByTestId("reset-dead")).toBeVisible();
});

test("account page: rename, change password (then log in with it), delete — what deletion does is said before confirming", async ({ page }) => {
  const email = await signUp(page, "Ana Account");
  const account = new AccountPage(page);
  await account.open();
  for (const width of [390, 1280]) await fitsAt(page, width, "account");
  await expectAccessible(page, "account");

  await account.rename("Ana Renamed");
  await expect(new AppShell(page).currentUser()).toContainText("Ana Renamed · Student");

  await account.changePassword("not my password", "another-password-3");
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await account.changePassword(PASSWORD, "another-password-3");
  // Every session ends with the old password, this one included: log in again with the new one.
  await page.waitForURL("**/login?password=changed");
  await expect(page.getByTestId("reset-done")).toBeVisible();
  const relogin = new LoginPage(page);
  await relogin.login(email, PASSWORD);
  await expect(relogin.error()).toBeVisible();
  await relogin.login(email, "another-password-3");
  await page.waitForURL("**/student");
  await account.open();

  // What deletion does is on the page before anything is typed.
  await expect(account.deletionNotice()).toContainText("Your answers and scores in class interviews are kept, but no longer tied to your name");
  await account.deleteAccount("wrong@example.test", "another-password-3");
  await expect(page.getByText("That is not the email of this account.")).toBeVisible();
  await account.deleteAccount(email, "another-password-3");
  await page.waitForURL((url) => url.pathname === "/" && url.search === "?account=deleted");
  await expect(page.getByTestId("account-deleted")).toBeVisible();

  const login = new LoginPage(page);
  await login.goto();
  await login.login(email, "another-password-3");
  await expect(login.error()).toBeVisible();
});

test("an instructor who owns a live class sees why they cannot delete their account yet", async ({ page }) => {
  await signUp(page, "Ivy Instructor", "instructor");
  await page.getByTestId("create-batch-name").fill("Spring cohort");
  await page.getByTestId("create-batch-submit").click();
  await page.waitForURL(/\/instructor\/batches\/[^/]+$/);
  const account = new AccountPage(page);
  await account.open();
  await expect(page.getByTestId("deletion-blocked")).toContainText("Spring cohort");
  await expect(page.getByTestId("pref-weeklyDigest")).toBeChecked();
});

test("the join link of a class invitation pre-fills the class code", async ({ page }) => {
  await signUp(page, "Ian Invited");
  await page.goto("/student?code=ABCDE-FGHJK");
  await expect(page.getByTestId("join-code")).toHaveValue("ABCDE-FGHJK");
});
