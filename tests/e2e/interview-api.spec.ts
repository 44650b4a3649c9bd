// The interview API as the browser uses it, against the production server and the
// offline grader: status codes, idempotent turns, clear 4xx for bad input, SSE.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_INSTRUCTOR, DEMO_STUDENT, DEMO_TOPICS } from "../../prisma/seed-data";
import { LoginPage } from "./pages/login-page";

const reference = (question: string) => DEMO_TOPICS.flatMap((t) => t.questions).find((q) => q.text === question)?.referenceAnswer ?? "I do not know.";

async function loginAs(page: Page, who: { email: string; password: string }) {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(who.email, who.password);
}

async function firstOpenTopicId(page: Page, name: string): Promise<string> {
  await page.goto("/student");
  return (await page.getByTestId("student-topic").filter({ hasText: name }).getAttribute("data-topic-id"))!;
}

test("a student starts an interview, answers, retries safely, and gets clear errors", async ({ page }) => {
  await loginAs(page, DEMO_STUDENT);
  await page.waitForURL("**/student");
  const topicId = await firstOpenTopicId(page, "Databases and SQL");
  const api = page.request;

  const started = await api.post("/api/interviews", { data: { topicId } });
  expect(started.status()).toBe(201);
  const view = await started.json();
  expect(view.pending).toMatchObject({ turn: 0, kind: "MAIN" });
  expect((await api.post("/api/interviews", { data: { topicId } })).status()).toBe(200); // resumed, not a second session

  const answer = reference(view.pending.question);
  const first = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 0, answer } });
  expect(first.status()).toBe(200);
  const next = await first.json();
  expect(next.turnsAnswered).toBe(1);
  expect(next.pending.turn).toBe(1);

  const retry = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 0, answer } });
  expect(retry.status()).toBe(200);
  expect((await retry.json()).pending).toEqual(next.pending);

  const stale = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 0, answer: "something else" } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ code: "conflict:turn", message: expect.stringContaining("already answered") });

  const badJson = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
  expect(badJson.status()).toBe(400);
  expect((await badJson.json()).message).toContain("valid JSON");
  expect((await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 1, answer: "   " } })).status()).toBe(400);
  expect((await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 1, answer: "x".repeat(10_001) } })).status()).toBe(400);
  const huge = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 1, answer: "x".repeat(100_000) } });
  expect(huge.status()).toBe(413);

  // Streaming form of the same endpoint: Server-Sent Events ending with the result.
  const streamed = await api.post(`/api/interviews/${view.sessionId}/answer`, {
    data: { turn: 1, answer: reference(next.pending.question) },
    headers: { accept: "text/event-stream" },
  });
  expect(streamed.headers()["content-type"]).toContain("text/event-stream");
  const body = await streamed.text();
  expect(body).toContain("event: result");
  const result = JSON.parse(body.split("event: result\ndata: ")[1]!.split("\n")[0]!);
  expect(result.turnsAnswered).toBe(2);

  const ended = await api.post(`/api/interviews/${view.sessionId}/end`);
  expect(ended.status()).toBe(200);
  expect(await ended.json()).toMatchObject({ status: "COMPLETED", report: { endedEarly: true } });
});

test("the interview API refuses signed-out users, instructors, and other students", async ({ page, browser }) => {
  const anonymous = await page.request.post("/api/interviews", { data: { topicId: "x" } });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ code: "unauthorized:session" });

  await loginAs(page, DEMO_STUDENT);
  await page.waitForURL("**/student");
  const topicId = await firstOpenTopicId(page, "Data structures");
  const { sessionId } = await (await page.request.post("/api/interviews", { data: { topicId } })).json();
  const locked = await firstOpenTopicId(page, "Operating systems");
  expect((await page.request.post("/api/interviews", { data: { topicId: locked } })).status()).toBe(404);

  const other = await browser.newPage();
  await other.goto("/signup");
  await other.getByTestId("signup-name").fill("Other Student");
  await other.getByTestId("signup-email").fill(`other.${Date.now()}@example.test`);
  await other.getByTestId("signup-password").fill("another-password");
  await other.getByTestId("signup-submit").click();
  await other.waitForURL("**/student");
  expect((await other.request.get(`/api/interviews/${sessionId}`)).status()).toBe(404);
  expect((await other.request.post(`/api/interviews/${sessionId}/answer`, { data: { turn: 0, answer: "hijack" } })).status()).toBe(404);

  const instructor = await browser.newPage();
  await loginAs(instructor, DEMO_INSTRUCTOR);
  await instructor.waitForURL("**/instructor");
  expect((await instructor.request.get(`/api/interviews/${sessionId}`)).status()).toBe(200); // the batch's instructor may read
  expect((await instructor.request.post(`/api/interviews/${sessionId}/answer`, { data: { turn: 0, answer: "x" } })).status()).toBe(403);
});

// A spoken answer (as the recorder will send it: the transcript and its timing) gets delivery
// feedback in the report — pace against its band, fillers, pauses — and a typed one none.
test("a spoken answer's report shows how it was said", async ({ page }) => {
  await loginAs(page, DEMO_STUDENT);
  await page.waitForURL("**/student");
  const api = page.request;
  const setup = { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" };
  const started = await api.post("/api/interviews", { data: { source: "JOB_PRACTICE", setup } });
  expect(started.status()).toBe(201);
  const view = await started.json();
  const text = "Um, so you know, an index keeps a sorted copy of a column, so a lookup skips most rows, but every write has to update it too.";
  const words = text.split(" ").map((word, i) => ({ word, start: i * 0.4, end: i * 0.4 + 0.3 }));
  const spoken = { durationSeconds: words.length * 0.4, words, transcribedBy: "server" };
  const answered = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 0, answer: { text, spoken } } });
  expect(answered.status()).toBe(200);
  expect((await api.post(`/api/interviews/${view.sessionId}/end`)).status()).toBe(200);
  await page.goto(`/report/${view.sessionId}`);
  const delivery = page.getByTestId("report-question").first().getByTestId("delivery");
  await expect(delivery.locator('[data-metric="pace"]')).toContainText("150 words a minute");
  await expect(delivery.locator('[data-metric="pace"]')).toHaveAttribute("data-band", "good");
  await expect(delivery.locator('[data-metric="fillers"]')).toHaveAttribute("data-band", "work");
  await expect(delivery.locator('[data-metric="pauses"]')).toContainText("none");
  // Bad timing is refused like bad text, with nothing stored.
  const bad = await api.post(`/api/interviews/${view.sessionId}/answer`, { data: { turn: 1, answer: { text, spoken: { ...spoken, durationSeconds: -1 } } } });
  expect(bad.status()).toBe(400);
});
