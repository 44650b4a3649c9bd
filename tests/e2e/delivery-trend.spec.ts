// The delivery trend on the student dashboard: a new student has none; after one job-practice
// interview answered aloud (through the API, with its timing) the numbers show without a chart;
// after a second, the lines, the summary of the latest against the earlier one, and the table —
// with the second interview's two answers pooled (total words over total minutes). Accessible,
// and no sideways scroll at 390 or 1280 px.
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { expectAccessible, signUpStudent } from "./support";

// 28 words, three fillers ("um" twice, "you know"), no hedging.
const HURRIED = "Um so you know an index keeps a sorted copy of a column so um a lookup skips most rows but every write has to update it too.";
// 30 words, no fillers, no hedging.
const CALM = "An index keeps a sorted copy of a column, so a lookup skips most rows, but every write has to update it too, and the copy costs space on disk.";

type Spoken = { durationSeconds: number; words?: { word: string; start: number; end: number }[]; silencesMs?: number[]; transcribedBy: "server" };

/** Word timestamps 0.25 s apart with one 3 s silence before the eleventh word: one long pause. */
function withOnePause(text: string): Spoken["words"] {
  return text.split(" ").map((word, i) => {
    const start = i * 0.25 + (i >= 10 ? 3 : 0);
    return { word, start, end: start + 0.2 };
  });
}

/** A short job-practice interview answered aloud through the API, then ended; the answers go to whichever turns are pending. */
async function practiseAloud(api: APIRequestContext, answers: { text: string; spoken: Spoken }[]) {
  const setup = { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" };
  const started = await api.post("/api/interviews", { data: { source: "JOB_PRACTICE", setup } });
  expect(started.status()).toBe(201);
  let view = await started.json();
  for (const answer of answers) {
    const res = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: view.pending.turn, answer } });
    expect(res.status()).toBe(200);
    view = await res.json();
  }
  expect((await api.post(`/api/interviews/${view.sessionId}/end`)).status()).toBe(200);
  return view.sessionId as string;
}

async function checkLayout(page: Page, label: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByTestId("delivery-trend")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} at ${width} px`).toBeLessThanOrEqual(width);
    await expectAccessible(page, `${label} at ${width} px`);
  }
}

const cells = async (page: Page, sessionId: string) => {
  const row = page.locator(`[data-testid="delivery-trend-row"][data-session-id="${sessionId}"]`);
  const cell = (name: string) => row.locator(`[data-cell="${name}"]`).textContent();
  return { answers: await cell("answers"), pace: await cell("pace"), fillers: await cell("fillers"), hedges: await cell("hedges"), pauses: await cell("pauses") };
};

test("the dashboard shows how the student's delivery moves across interviews answered aloud", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpStudent(page, "Avery Speaker");
  await expect(page.getByTestId("student-home")).toBeVisible();
  await expect(page.getByTestId("delivery-trend")).toHaveCount(0); // nothing spoken yet

  // First interview: 28 words in 10 s (168 wpm), 3 fillers (10.7 per 100), one long pause.
  const first = await practiseAloud(page.request, [{ text: HURRIED, spoken: { durationSeconds: 10, words: withOnePause(HURRIED), transcribedBy: "server" } }]);
  await page.goto("/student");
  const card = page.getByTestId("delivery-trend");
  await expect(card.getByTestId("delivery-trend-row")).toHaveCount(1);
  expect(await cells(page, first)).toEqual({ answers: "1", pace: "168", fillers: "10.7", hedges: "0", pauses: "1" });
  await expect(card.getByTestId("delivery-trend-summary")).toHaveText("Pace 168 words a minute: above the easy-to-follow range (130–160). Fillers 10.7 per 100 words.");
  await expect(card.getByTestId("delivery-trend-pace")).toHaveCount(0); // one interview: numbers, no chart
  await checkLayout(page, "dashboard with one spoken interview");

  // Second: 30 words in 10 s and 30 in 15 s — 60 words in 25 s is 144 wpm (the mean of 180 and 120 would be 150); no fillers, no pauses.
  const calm = (durationSeconds: number) => ({ text: CALM, spoken: { durationSeconds, silencesMs: [], transcribedBy: "server" as const } });
  const second = await practiseAloud(page.request, [calm(10), calm(15)]);
  await page.goto("/student");
  await expect(card.getByTestId("delivery-trend-row")).toHaveCount(2);
  await expect(card.getByTestId("delivery-trend-row").last()).toHaveAttribute("data-session-id", second); // oldest to newest
  expect(await cells(page, second)).toEqual({ answers: "2", pace: "144", fillers: "0", hedges: "0", pauses: "0" });
  await expect(card.getByTestId("delivery-trend-summary")).toHaveText(
    "Latest interview against the earlier ones: Pace 168 → 144 words a minute: now in the easy-to-follow range (130–160). Fillers down from 10.7 to 0 per 100 words: within the target of 2 or fewer. Long pauses down from 1 to 0 per answer.",
  );
  await expect(card.getByTestId("delivery-trend-pace")).toBeVisible();
  await expect(card.getByTestId("delivery-trend-fillers")).toBeVisible();
  await checkLayout(page, "dashboard with two spoken interviews");
});
