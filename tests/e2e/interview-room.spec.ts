import { expect, test } from "@playwright/test";
import { logInAsDemoStudent, startFreshInterview } from "./pages/demo-student";
import { InterviewRoomA11y } from "./pages/interview-room-a11y";
import { answers, bankQuestion } from "./support";

async function startInterview(page: import("@playwright/test").Page, topic = "Data structures") {
  await logInAsDemoStudent(page);
  return { room: await startFreshInterview(page, topic), a11y: new InterviewRoomA11y(page) };
}

test("Submit is held while the interview is ending; the draft stays readable and kept", async ({ page }) => {
  const { room, a11y } = await startInterview(page);
  await room.answer(answers.strong(bankQuestion((await room.current()).text)));

  // A slow end: hold the request until the assertions are done, then let it fail.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/interviews/*/end", async (route) => {
    await held;
    await route.abort();
  });
  const draft = "Half-written second answer that must survive.";
  await a11y.answerBox().fill(draft);
  await a11y.endButton().click();
  // The dialog says the typed answer will not be graded (it is kept in the box, read-only).
  await expect(page.getByTestId("end-unsent-draft")).toBeVisible();
  await page.getByTestId("end-confirm").click();
  await expect(a11y.endButton()).toHaveText("Ending…");
  await expect(a11y.submit()).toBeDisabled();
  await expect(a11y.answerBox()).toBeEnabled(); // still readable (read-only, not greyed out)
  await expect(a11y.answerBox()).toHaveValue(draft);
  // Ctrl+Enter is held too.
  await a11y.answerBox().press("Control+Enter");
  await expect(room.answered()).toHaveText("Question 2 of up to 8");

  release();
  await expect(a11y.endButton()).toHaveText("End interview");
  await expect(a11y.submit()).toBeEnabled();
  await expect(a11y.answerBox()).toHaveValue(draft);
});

test("screen readers: the answer box is described by the question; an empty submit is flagged on the field", async ({ page }) => {
  const { room, a11y } = await startInterview(page);
  const { text } = await room.current();
  expect(await a11y.descriptions()).toContain(text);
  await expect(a11y.answerBox()).not.toHaveAttribute("aria-invalid", "true");

  await a11y.submit().click();
  const message = page.getByTestId("interview-error");
  await expect(message).toContainText("Write an answer first");
  await expect(a11y.answerBox()).toHaveAttribute("aria-invalid", "true");
  await expect(a11y.answerBox()).toBeFocused();
  expect((await a11y.descriptions())[0]).toContain("Write an answer first");
  const errorId = await message.getAttribute("id");
  expect(errorId).toBeTruthy();
  await expect(a11y.answerBox()).toHaveAttribute("aria-errormessage", errorId!);

  // Typing an answer clears the flag; the question still describes the box.
  await a11y.answerBox().fill("A first idea");
  await expect(a11y.answerBox()).not.toHaveAttribute("aria-invalid", "true");
  expect(await a11y.descriptions()).toContain(text);
});

test("the hidden status region announces work, never repeats the question", async ({ page }) => {
  const { room, a11y } = await startInterview(page);
  const { text } = await room.current();
  await expect(a11y.status()).toHaveCount(1);
  // The question is on the page once (the heading), not again in the hidden region.
  expect(await a11y.occurrences(text)).toBe(1);
  await expect(a11y.status()).not.toContainText(text);

  // While an answer is being processed the region says so.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/api/interviews/*/answer", async (route) => {
    await held;
    await route.continue();
  });
  await a11y.answerBox().fill(answers.strong(bankQuestion(text)));
  await a11y.submit().click();
  await expect(a11y.status()).toHaveText("Thinking about your answer…");
  release();
  await expect(room.answered()).toHaveText("Question 2 of up to 8");
  await expect(a11y.status()).toHaveText("");
  const next = await room.current();
  expect(await a11y.occurrences(next.text)).toBe(1);
  // The new question is read out through the focused answer box's description.
  await expect(a11y.answerBox()).toBeFocused();
  expect(await a11y.descriptions()).toContain(next.text);
});

test("opening the room while the last answer is still being graded announces it", async ({ page }) => {
  const { room, a11y } = await startInterview(page);
  await room.current();
  // The offline grader is instant, so the "still grading" state a slow model leaves behind (and a
  // reload then finds) is simulated: every view of this session the browser receives — the page
  // data of a client-side navigation and the room's polling — says the answer is being graded.
  const grading = (body: string) => body.replace(/"pending":\{[^{}]*\}/g, '"pending":null').replace(/"processing":false/g, '"processing":true');
  await page.route(
    (url) => url.pathname.startsWith("/interview/") || /^\/api\/interviews\/[^/]+$/.test(url.pathname),
    async (route) => {
      if (route.request().resourceType() === "document") return route.continue();
      // A request the page dropped (it navigated on) has nothing left to rewrite.
      try {
        const response = await route.fetch();
        await route.fulfill({ response, body: grading(await response.text()) });
      } catch {
        await route.abort().catch(() => {});
      }
    },
  );
  await page.goto("/student");
  await page.getByTestId("resume-interview").first().click();
  await page.waitForURL("**/interview/**");
  await expect(page.getByTestId("thinking")).toContainText("Grading your last answer…");
  await expect(a11y.status()).toHaveText("Grading your last answer…");
});
