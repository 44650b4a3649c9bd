import { expect, test } from "@playwright/test";
import { DEMO_INSTRUCTOR, DEMO_STUDENT, DEMO_TOPICS } from "../../prisma/seed-data";
import { AppShell } from "./pages/app-shell";
import { LoginPage } from "./pages/login-page";
import { SignupPage } from "./pages/signup-page";

test("an instructor signs up, lands on an empty instructor home, and logs out", async ({ page }) => {
  const signup = new SignupPage(page);
  const email = `prof.${Date.now()}@example.test`;
  await signup.goto();
  await signup.signUp({ name: "Prof Ada", email, password: "a-long-password", role: "instructor" });
  await page.waitForURL("**/instructor");
  await expect(page.getByTestId("instructor-empty")).toBeVisible();
  const shell = new AppShell(page);
  await expect(shell.currentUser()).toContainText("Prof Ada · Instructor");
  await shell.logout();
  await page.goto("/instructor");
  await page.waitForURL("**/login?next=%2Finstructor");

  // The account works again with its email in another case.
  const login = new LoginPage(page);
  await login.login(email.toUpperCase(), "a-long-password");
  await page.waitForURL("**/instructor");
});

test("the seeded student logs in and sees their class and topics", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(page.getByTestId("demo-accounts")).toContainText(DEMO_STUDENT.email);
  await login.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  await page.waitForURL("**/student");
  await expect(page.getByTestId("student-batch")).toContainText("CS 201");
  await expect(page.getByTestId("student-topic")).toHaveCount(DEMO_TOPICS.length + 1);
  await expect(page.getByTestId("student-topic").filter({ hasText: "Operating systems" })).toContainText("Locked");
});

test("a student opening an instructor page is sent to the student home", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  await page.waitForURL("**/student");
  await page.goto("/instructor");
  await expect(page).toHaveURL(/\/student$/);
  await expect(page.getByTestId("student-home")).toBeVisible();
});

test("the seeded instructor sees the demo class with its code", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await page.waitForURL("**/instructor");
  await expect(page.getByTestId("instructor-batch")).toContainText("DEMO42");
  await page.goto("/student");
  await expect(page).toHaveURL(/\/instructor$/);
});

test("a wrong password shows an error and keeps the email", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(DEMO_STUDENT.email, "not-the-password");
  await expect(login.error()).toContainText("do not match");
  await expect(page.getByTestId("login-email")).toHaveValue(DEMO_STUDENT.email);
  await expect(page).toHaveURL(/\/login/);
});

test("signing up with a taken email or a short password explains what to fix", async ({ page }) => {
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name: "Copy", email: DEMO_STUDENT.email.toUpperCase(), password: "long-enough-1", role: "student" });
  await expect(signup.error()).toContainText("already exists");
  await expect(page.getByTestId("signup-name")).toHaveValue("Copy");

  await signup.signUp({ name: "Short", email: "short@example.test", password: "short", role: "student" });
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
});

test("signed-out visitors of private pages go to login and come back after", async ({ page }) => {
  await page.goto("/student");
  await page.waitForURL("**/login?next=%2Fstudent");
  const login = new LoginPage(page);
  await login.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  await page.waitForURL("**/student");
});

test("repeated wrong passwords are rate-limited with a clear message", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  const email = `locked.${Date.now()}@example.test`;
  for (let i = 0; i < 10; i++) {
    await login.login(email, `wrong-password-${i}`);
    await expect(login.error()).toContainText("do not match");
  }
  await login.login(email, "wrong-password-final");
  await expect(login.error()).toContainText("Too many failed attempts");
});
