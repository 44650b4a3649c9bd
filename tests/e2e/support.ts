// Shared e2e helpers: fresh accounts, the seeded bank, axe checks.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { subjectOf } from "../../lib/grading/key-points";
import { DEMO_TOPICS } from "../../prisma/seed-data";
import { SignupPage } from "./pages/signup-page";

export const ALL_QUESTIONS = DEMO_TOPICS.flatMap((t) => t.questions);

export function bankQuestion(text: string) {
  const q = ALL_QUESTIONS.find((x) => x.text === text);
  if (!q) throw new Error(`not a seeded question: ${text}`);
  return q;
}

export const answers = {
  strong: (q: { referenceAnswer: string }) => q.referenceAnswer,
  // On topic but thin → shallow (one precise key point can already be strong; "I am not sure how it
  // works" with nothing else is wrong since issue 14).
  shallow: (q: { keyPoints: string[] }) => `${subjectOf(q.keyPoints[0]!)} is something I have used a lot in my projects, but I could not explain how it works in detail.`,
  wrong: () => "I like pizza and football on weekends.",
  /**
   * Off-topic answers that a test regrades. An override teaches the grader (the answer becomes an
   * example for its question), so each such test answers in words of its own: the shared `wrong()`
   * answer stays wrong for every other test on the demo bank.
   */
  regraded: { examples: "My neighbour's cat sleeps on the warm car bonnet every morning.", review: "We watched an old black-and-white film about sailors last night." },
};

let counter = 0;
export async function signUpStudent(page: Page, name = "Robin Learner") {
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name, email: `student.${Date.now()}.${counter++}@example.test`, password: "a-long-password", role: "student" });
  await page.waitForURL("**/student");
}

/** Fails on any serious or critical accessibility violation. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
  ).toEqual([]);
}
