import type { Page } from "@playwright/test";
import { DEMO_STUDENT } from "../../../prisma/seed-data";
import { InterviewPage } from "./interview-page";
import { LoginPage } from "./login-page";
import { StudentHomePage } from "./student-home-page";

// Sign-ups are limited per network address (20 an hour) and the suite already uses most of that
// allowance, so these specs work as the seeded demo student (enrolled in the demo class) instead.

export async function logInAsDemoStudent(page: Page) {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  await page.waitForURL("**/student");
}

/** Starts a new interview on `topic`, first ending one a previous test may have left open there. */
export async function startFreshInterview(page: Page, topic: string) {
  const home = new StudentHomePage(page);
  await home.goto();
  const resume = home.topic(topic).getByRole("link", { name: "Resume interview" });
  if (await resume.count()) {
    await resume.click();
    await page.waitForURL("**/interview/**");
    await new InterviewPage(page).end();
    await home.goto();
  }
  await home.start(topic);
  return new InterviewPage(page);
}
