// Questions read aloud by the browser's speech synthesis (no server voice configured here): the
// student turns it on in the interview room, each new question is spoken once at the chosen speed,
// and the setting is remembered for them. The synthesis is recorded by a stand-in installed before
// the page loads (a headless browser has no voices to hear).
import { expect, test } from "@playwright/test";
import { InterviewPage } from "./pages/interview-page";
import { JobPracticePage } from "./pages/job-practice-page";
import { expectAccessible, signUpStudent } from "./support";

type Spoken = { text: string; rate: number }[];

test("a student has the questions read aloud, at their speed, and the room remembers it", async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const spoken: { text: string; rate: number }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const synth = {
      // The utterance keeps its rate as a 32-bit float (1.2 reads back as 1.2000000476…).
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, rate: Math.round(u.rate * 100) / 100 }),
      cancel: () => {},
      getVoices: () => [],
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  });
  const spoken = () => page.evaluate(() => (window as unknown as { __spoken: Spoken }).__spoken);

  await signUpStudent(page, "Avery Listener");
  await page.goto("/practice");
  await new JobPracticePage(page).start({ role: "Backend engineer", focus: "TECHNICAL", count: 3 });
  const room = new InterviewPage(page);
  const first = (await room.current()).text;
  await expect(page.getByTestId("read-aloud-toggle")).not.toBeChecked();
  expect(await spoken()).toEqual([]);

  await page.getByTestId("read-aloud-toggle").check();
  await expect.poll(spoken).toEqual([{ text: first, rate: 1 }]);
  await page.getByTestId("read-aloud-rate").selectOption("1.2");
  await expectAccessible(page, "interview room, reading aloud");

  await room.answer("An index is a sorted structure over a column that lets a lookup skip most rows, at the cost of slower writes.");
  const second = (await room.current()).text;
  await expect.poll(async () => (await spoken()).at(-1)).toEqual({ text: second, rate: 1.2 });
  expect((await spoken()).filter((s) => s.text === first)).toHaveLength(1); // each question once

  // Remembered: after a reload the setting is on, at the same speed.
  await page.reload();
  await expect(page.getByTestId("read-aloud-toggle")).toBeChecked();
  await expect(page.getByTestId("read-aloud-rate")).toHaveValue("1.2");
  await page.getByTestId("read-aloud-toggle").uncheck();
  await page.reload();
  await expect(page.getByTestId("read-aloud-toggle")).not.toBeChecked();
  expect(await spoken()).toEqual([]);
});
