// Answering out loud in Chromium with a fake microphone playing a real recording (espeak-ng's
// speech, then silence, looped), transcribed by the fake OpenAI-compatible endpoint Playwright
// starts beside the app (tests/e2e/fake-speech-server.ts): record with the meter and clock,
// pause, stop, get the transcript, edit it, submit; the endpoint down keeps the recording to try
// again; hands-free records, stops on silence and submits; the report has the delivery feedback.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { toneWav } from "../support/audio-fixtures";
import { DEFAULT_TRANSCRIPT, verboseJson } from "./fake-speech-server";
import { InterviewPage } from "./pages/interview-page";
import { JobPracticePage } from "./pages/job-practice-page";
import { VoicePanel } from "./pages/voice-panel";
import { expectAccessible, signUpStudent } from "./support";

const speechURL = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 1}`;

/** Three seconds of speech and six of silence (a tone where espeak-ng or sox is missing). */
function microphoneFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fake-mic-"));
  const said = path.join(dir, "said.wav");
  const file = path.join(dir, "mic.wav");
  try {
    execFileSync("espeak-ng", ["-s", "150", "-w", said, "An index is a sorted copy of a column."], { stdio: "ignore" });
    execFileSync("sox", [said, "-r", "48000", file, "pad", "0.3", "6"], { stdio: "ignore" });
  } catch {
    writeFileSync(
      file,
      toneWav(
        [
          { hz: 220, seconds: 3 },
          { hz: 0, seconds: 6 },
        ],
        48_000,
      ),
    );
  }
  return file;
}

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
test.use({
  permissions: ["microphone"],
  launchOptions: {
    executablePath: chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${microphoneFile()}`,
    ],
  },
});

test("a student records an answer, corrects the transcript and submits it; hands-free answers the next", async ({ page }) => {
  test.setTimeout(150_000);
  const voice = new VoicePanel(page, speechURL);
  const before = (await voice.seen()).length;
  await signUpStudent(page, "Robin Speaker");
  await page.goto("/practice");
  await new JobPracticePage(page).start({ role: "Backend engineer", focus: "TECHNICAL", count: 4 });
  const room = new InterviewPage(page);
  const first = (await room.current()).text;
  await expect(voice.panel()).toHaveAttribute("data-engine", "server");
  // Kept for listening back: only because the student asks.
  await page.getByTestId("keep-recordings-toggle").check();
  await expect(page.getByTestId("keep-recordings-saved")).not.toBeEmpty();

  // Recording: the clock runs, the meter moves with the speech, pausing stops the clock.
  await voice.record(2);
  await expect(page.getByTestId("submit-answer")).toBeDisabled(); // its words are not in the answer yet
  await expect.poll(async () => (await page.getByTestId("record-level").locator("div").getAttribute("style")) ?? "", { timeout: 10_000 }).not.toMatch(/width: 0%/);
  await expectAccessible(page, "interview room, recording");
  await page.getByTestId("record-pause").click();
  await expect(page.getByTestId("record-state")).toHaveText("Paused");
  const paused = await voice.elapsedSeconds();
  await page.waitForTimeout(1500);
  expect(await voice.elapsedSeconds()).toBe(paused);
  await page.getByTestId("record-pause").click();
  await expect(page.getByTestId("record-state")).toHaveText("Recording");
  await voice.stop();

  // The transcript lands in the answer box, to be corrected before submitting.
  const box = page.getByTestId("answer-input");
  await expect(box).toHaveValue(DEFAULT_TRANSCRIPT);
  await expect(page.getByTestId("voice-status")).toContainText("check them");
  const sent = (await voice.seen()).slice(before);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.file!.type).toMatch(/^audio\/webm/);
  expect(sent[0]!.file!.size).toBeGreaterThan(2000); // seconds of real Opus audio, not an empty file
  expect(sent[0]!.fields.model).toEqual(["fake-whisper"]);
  expect(sent[0]!.fields.response_format).toEqual(["verbose_json"]);
  await box.fill(`${DEFAULT_TRANSCRIPT.replace("so um a lookup", "so a lookup")} PostgreSQL uses B-trees for them.`);
  await page.getByTestId("submit-answer").click();
  await expect(room.question()).not.toHaveText(first, { timeout: 20_000 });

  // The endpoint is down: the recording stays in the page, and trying again works; what the
  // student types while it is being transcribed stays, with the transcript after it.
  let question = (await room.current()).text;
  const retried = "A queue decouples the producer from the consumer so each can fail or scale on its own.";
  await voice.reply({ status: 503 }, { json: verboseJson(retried), delayMs: 2500 });
  await voice.record(1);
  await voice.stop();
  await expect(page.getByTestId("voice-error")).toContainText("cannot be reached");
  await expect(box).toHaveValue("");
  await page.getByTestId("transcribe-retry").click();
  await expect(page.getByTestId("transcribing")).toBeVisible();
  await expect(page.getByTestId("submit-answer")).toBeDisabled();
  await box.fill("Typed while it was being transcribed.");
  await expect(box).toHaveValue(`Typed while it was being transcribed. ${retried}`);
  await expect(page.getByTestId("voice-error")).toHaveCount(0);
  await page.getByTestId("submit-answer").click();
  await expect(room.question()).not.toHaveText(question, { timeout: 20_000 });

  // Hands-free, but the student starts the recording themselves during the countdown: no second
  // recording starts on its own, and nothing is submitted for them.
  question = (await room.current()).text;
  await page.keyboard.press("Alt+H");
  await expect(page.getByTestId("record-countdown")).toBeVisible();
  await page.keyboard.press("Alt+R");
  await expect(page.getByTestId("record-state")).toHaveText("Recording");
  await page.waitForTimeout(1200);
  await page.keyboard.press("Alt+R");
  await expect(box).toHaveValue(DEFAULT_TRANSCRIPT);
  await page.waitForTimeout(3500);
  await expect(page.getByTestId("record-countdown")).toHaveCount(0);
  await expect(page.getByTestId("recorder-live")).toHaveCount(0);
  await expect(page.getByTestId("auto-submit")).toHaveCount(0);
  await box.press("Control+Enter");
  await expect(room.question()).not.toHaveText(question, { timeout: 20_000 }); // four questions: one is left

  // Hands-free: a countdown, recording, stop on the file's silence, transcript, submitted on its own.
  question = (await room.current()).text;
  const handsFree = "Caching keeps hot data close to the reader, and the hard part is invalidating it when the source changes.";
  await voice.reply({ json: verboseJson(handsFree) });
  await expect(page.getByTestId("hands-free-toggle")).toBeChecked();
  await expect(page.getByTestId("record-countdown")).toBeVisible();
  await expect(page.getByTestId("record-state")).toHaveText("Recording", { timeout: 10_000 });
  await expect(box).toHaveValue(handsFree, { timeout: 30_000 });
  await expect(page.getByTestId("auto-submit")).toBeVisible();
  // Submitted on its own: the report, or a follow-up question (then hands-free is turned off).
  await expect(async () => {
    if (page.url().includes("/report/")) return;
    expect(await room.question().textContent({ timeout: 500 })).not.toBe(question);
  }).toPass({ timeout: 20_000 });
  if (!page.url().includes("/report/")) {
    await page.keyboard.press("Alt+H");
    await expect(page.getByTestId("hands-free-toggle")).not.toBeChecked();
    await room.end();
  }

  // The report: the first answer was spoken, and its delivery counts the "um" that was said.
  const firstAnswer = page.getByTestId("report-question").first();
  await expect(firstAnswer.getByTestId("spoken-answer")).toBeVisible();
  const delivery = firstAnswer.getByTestId("delivery");
  await expect(delivery).toHaveAttribute("data-spoken", "true");
  await expect(delivery.locator('[data-metric="pace"]')).toBeVisible();
  await expect(delivery.locator('[data-metric="fillers"]')).toContainText("1 (");

  // Its recording was kept: it plays back as the audio recorded, and it can be deleted.
  const player = firstAnswer.getByTestId("recording").locator("audio");
  // A browser's WebM does not state its length: the player finds it, so it shows and scrubs.
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => Number.isFinite(a.duration) && a.duration > 1), { timeout: 10_000 }).toBe(true);
  const src = await player.getAttribute("src");
  const audio = await page.request.get(src!);
  expect(audio.status()).toBe(200);
  expect(audio.headers()["content-type"]).toMatch(/^audio\/webm/);
  expect((await audio.body()).byteLength).toBe(sent[0]!.file!.size);
  await firstAnswer.getByTestId("delete-recording").click();
  await page.getByTestId("delete-recording-confirm").click();
  await expect(firstAnswer.getByTestId("recording-deleted")).toBeVisible();
  expect((await page.request.get(src!)).status()).toBe(404);

  // The others go all at once.
  await expect(page.getByTestId("recording").first()).toBeVisible();
  await page.getByTestId("delete-all-recordings").click();
  await page.getByTestId("delete-all-recordings-confirm").click();
  await expect(page.getByTestId("recordings-deleted")).toBeVisible();
  await expect(page.getByTestId("recording")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("delete-all-recordings")).toHaveCount(0);
  await expect(page.getByTestId("spoken-answer").first()).toBeVisible(); // the answers stay spoken
});

test("a blocked or missing microphone says what to do, and typing still works", async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    // The browser's own refusals, by name: NotAllowedError first, then what the test sets.
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("refused", sessionStorage.getItem("mic-error") ?? "NotAllowedError"));
  });
  await signUpStudent(page, "Sam Silent");
  await page.goto("/practice");
  await new JobPracticePage(page).start({ role: "Backend engineer", focus: "TECHNICAL", count: 3 });
  await page.getByTestId("record-start").click();
  await expect(page.getByTestId("voice-error")).toContainText("not allowed to use your microphone");
  await page.evaluate(() => sessionStorage.setItem("mic-error", "NotFoundError"));
  await page.reload();
  await page.getByTestId("record-start").click();
  await expect(page.getByTestId("voice-error")).toContainText("No microphone was found");
  await expectAccessible(page, "interview room, microphone problem");
  await new InterviewPage(page).answer("An index is a sorted structure over a column that lets a lookup skip most rows.");
});
