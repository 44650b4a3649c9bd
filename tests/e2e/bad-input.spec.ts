// Bad and unusual input against the production server: each bad request gets a clear 4xx and
// writes nothing; unusual but valid answers (emoji, RTL, HTML, NUL) are stored as typed and
// shown inert — in the student's report and in the instructor's transcript.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { documentFormMessages, documentMessages } from "../../lib/documents/limits";
import { DEMO_BATCH, DEMO_INSTRUCTOR } from "../../prisma/seed-data";
import { imageOnlyPdf } from "../support/document-fixtures";
import { DocumentsPage } from "./pages/documents-page";
import { openDemoTopicAsInstructor } from "./pages/instructor-pages";
import { LoginPage } from "./pages/login-page";
import { QuestionExamplesPage } from "./pages/question-examples-page";
import { StudentHomePage } from "./pages/student-home-page";
import { signUpStudent } from "./support";

type Refusal = [label: string, options: Parameters<APIRequestContext["post"]>[1], status: number, message: RegExp];

/** Each bad request gets its status and a message the student can act on, never internals. */
async function expectRefusals(api: APIRequestContext, url: string, bad: Refusal[]) {
  for (const [label, options, status, message] of bad) {
    const response = await api.post(url, options);
    expect(response.status(), label).toBe(status);
    const body = await response.json();
    expect(body.message, label).toMatch(message);
    expect(JSON.stringify(body), label).not.toMatch(/\n\s+at |prisma|node_modules/i);
  }
}

const HTML_ANSWER = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> A stack is LIFO & a queue is FIFO.`;
const EMOJI_ANSWER = "🙂 A stack is last-in-first-out 🥞; a queue is first-in-first-out 🚶‍♀️🚶.";
const RTL_ANSWER = "المكدس هو بنية بيانات: آخر ما يدخل هو أول ما يخرج. Stack = LIFO.";

test("bad answers get a clear 4xx and change nothing; odd but valid answers are stored exactly and rendered inert", async ({ page, browser }) => {
  test.setTimeout(60_000);
  await signUpStudent(page, "Input Tester");
  const home = new StudentHomePage(page);
  await home.goto();
  await expect(await home.join(DEMO_BATCH.classCode)).toContainText("You joined");
  await home.goto();
  const topicId = (await home.topic("Data structures").getAttribute("data-topic-id"))!;
  const api = page.request;
  const view = await (await api.post("/api/interviews", { data: { topicId } })).json();
  const url = `/api/interviews/${view.sessionId}/answer`;

  const bad: Refusal[] = [
    ["empty answer", { data: { turn: 0, answer: "" } }, 400, /Write an answer first/],
    ["only spaces and NULs", { data: { turn: 0, answer: "  \u0000 " } }, 400, /Write an answer first/],
    ["10,001 characters", { data: { turn: 0, answer: "x".repeat(10_001) } }, 400, /limited to 10,000 characters/],
    ["100 kB", { data: { turn: 0, answer: "x".repeat(100_000) } }, 413, /too large/],
    ["answer is null", { data: { turn: 0, answer: null } }, 400, /answer/],
    ["turn is text", { data: { turn: "first", answer: "hi" } }, 400, /turn/],
    ["a JSON array", { data: [] }, 400, /body|expected object/i],
    ["malformed JSON", { data: Buffer.from('{"turn": 0, "answer": "unterminated'), headers: { "content-type": "application/json" } }, 400, /valid JSON/],
    ["empty body", { data: Buffer.alloc(0), headers: { "content-type": "application/json" } }, 400, /valid JSON/],
    ["a future turn", { data: { turn: 5, answer: "skipping ahead" } }, 409, /not the current one/],
    ["code for a question that is not coding", { data: { turn: 0, answer: { text: "hi", code: { language: "javascript", source: "x" } } } }, 400, /not a coding question/],
  ];
  await expectRefusals(api, url, bad);
  const unchanged = await (await api.get(`/api/interviews/${view.sessionId}`)).json();
  expect(unchanged.turnsAnswered).toBe(0);
  expect(unchanged.pending).toEqual(view.pending);

  // Valid, if unusual: stored as typed (NUL bytes dropped — PostgreSQL text cannot hold them).
  const sent = [HTML_ANSWER, EMOJI_ANSWER, RTL_ANSWER, "Null\u0000bytes are\u0000 dropped, the rest is kept."];
  let current = view;
  for (const answer of sent) {
    const response = await api.post(url, { data: { turn: current.pending.turn, answer } });
    expect(response.status()).toBe(200);
    current = await response.json();
  }
  const ended = await (await api.post(`/api/interviews/${view.sessionId}/end`)).json();
  expect(ended.report.questions.map((q: { answer: string }) => q.answer)).toEqual([HTML_ANSWER, EMOJI_ANSWER, RTL_ANSWER, "Nullbytes are dropped, the rest is kept."]);

  // Rendered as text, never as markup: in the report and in the instructor's transcript.
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/report/${view.sessionId}`);
  await expect(page.getByText(HTML_ANSWER, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(EMOJI_ANSWER).first()).toBeVisible();
  await expect(page.getByText(RTL_ANSWER).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  const instructor = await browser.newPage();
  const login = new LoginPage(instructor);
  await login.goto();
  await login.login(DEMO_INSTRUCTOR.email, DEMO_INSTRUCTOR.password);
  await instructor.waitForURL("**/instructor");
  await instructor
    .getByRole("link", { name: /CS 201/ })
    .first()
    .click();
  await instructor.waitForURL("**/instructor/batches/**");
  const batchPath = new URL(instructor.url()).pathname;
  await instructor.goto(`${batchPath}/sessions/${view.sessionId}`);
  await expect(instructor.getByText(HTML_ANSWER, { exact: false }).first()).toBeVisible();
  expect(await instructor.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await instructor.locator("img[src='x']").count()).toBe(0);
  expect(dialogs).toEqual([]);
  await instructor.close();
});

test("bad coding answers get a clear 4xx before anything runs or is kept; the browser's test results are never taken", async ({ page }) => {
  await signUpStudent(page, "Code Input Tester");
  const api = page.request;
  const setup = { role: "Backend engineer", seniority: "MID", focus: "CODING", questionCount: 3, language: "en" };
  const view = await (await api.post("/api/interviews", { data: { source: "JOB_PRACTICE", setup } })).json();
  expect(view.pending.questionKind).toBe("CODE");
  const url = `/api/interviews/${view.sessionId}/answer`;
  const code = (over: object) => ({ data: { turn: 0, answer: { text: "My approach, in one pass.", code: { language: "javascript", source: "function f() {}", ...over } } } });
  const bad: Refusal[] = [
    ["no code", { data: { turn: 0, answer: { text: "I would use a hash map." } } }, 400, /Write your code in the editor/],
    ["blank code", code({ source: "  \n " }), 400, /Write your code in the editor/],
    ["an unknown language", code({ language: "cobol" }), 400, /JavaScript or Python/],
    ["20,001 characters of code", code({ source: "x".repeat(20_001) }), 400, /limited to 20,000 characters/],
    ["test results from the browser", code({ run: { outcome: "ok", results: [{ name: "all", hidden: false, passed: true }], stdout: "", ms: 1 } }), 400, /run/],
  ];
  await expectRefusals(api, url, bad);
  const unchanged = await (await api.get(`/api/interviews/${view.sessionId}`)).json();
  expect(unchanged.turnsAnswered).toBe(0);
  expect(unchanged.pending).toEqual(view.pending);
});

test("a CSV over 2 MB is refused before upload with the limit named, and nothing is imported", async ({ page }) => {
  await openDemoTopicAsInstructor(page, "Operating systems");
  const questionsBefore = await page.getByTestId("question-row").count();
  const big = Buffer.from(`question,difficulty\n${`"${"Why? ".repeat(60)}",easy\n`.repeat(8_000)}`);
  expect(big.byteLength).toBeGreaterThan(2 * 1024 * 1024);
  await page.getByTestId("csv-file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: big });
  await expect(page.getByTestId("csv-message")).toContainText("the limit is 2 MB");
  await expect(page.getByTestId("csv-preview")).toBeDisabled();
  await page.reload();
  expect(await page.getByTestId("question-row").count()).toBe(questionsBefore);
});

test("bad resume uploads get a clear 4xx and store nothing; a resume full of HTML is kept as text and shown inert", async ({ page }) => {
  await signUpStudent(page, "Upload Tester");
  const api = page.request;
  const post = (body: Buffer, name: string, type = "application/octet-stream") =>
    api.post("/api/documents/resume", { data: body, headers: { "content-type": type, "x-file-name": encodeURIComponent(name) } });
  const scanned = Buffer.from(await imageOnlyPdf());
  const bad: [string, Promise<Awaited<ReturnType<typeof post>>>, number, string | RegExp][] = [
    ["sent as JSON", post(Buffer.from('{"resume": "text"}'), "cv.txt", "application/json"), 415, documentFormMessages.wrongUploadType],
    ["3 MB", post(Buffer.alloc(3 * 1024 * 1024, 65), "big.txt"), 413, documentMessages.tooLarge],
    ["empty", post(Buffer.alloc(0), "cv.txt"), 400, documentMessages.empty],
    ["a .pdf that is text", post(Buffer.from("Plain text pretending to be a PDF document."), "cv.pdf"), 415, documentMessages.notWhatItSays("PDF")],
    ["a scanned PDF", post(scanned, "scan.pdf"), 400, documentMessages.noTextLayer],
    ["a legacy .doc", post(Buffer.from("Some text in an old Word file."), "cv.doc"), 415, documentMessages.legacyWord],
    ["binary noise", post(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), "cv.bin"), 415, documentMessages.unsupported],
  ];
  for (const [label, pending, status, message] of bad) {
    const response = await pending;
    expect(response.status(), label).toBe(status);
    expect((await response.json()).message, label).toEqual(message);
  }
  const documents = new DocumentsPage(page);
  await documents.goto();
  await expect(documents.resume).toHaveAttribute("data-state", "none");

  // The browser refuses a file over 2 MB before sending it.
  await documents.upload({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 65) });
  await expect(documents.uploadError).toHaveText(documentMessages.tooLarge);

  // HTML in a text resume is text: it comes back in the textarea as typed, and nothing runs.
  expect((await post(Buffer.from(HTML_ANSWER), "resume.txt")).status()).toBe(200);
  await documents.goto();
  await expect(documents.resumeText).toHaveValue(HTML_ANSWER);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("img[src=x]").count()).toBe(0);
});

test("the sample-answer form names each bad row, keeps what was typed and saves none of the rows", async ({ page }) => {
  await openDemoTopicAsInstructor(page, "Operating systems");
  const question = new QuestionExamplesPage(page);
  await question.openFromTopic(0);
  const before = await question.examples().count();
  await question.fillRow(0, { answer: "A process has its own memory; its threads share it.", verdict: "strong" });
  await question.fillRow(1, { answer: "Half an idea.", verdict: "shallow", score: "150" });
  await question.fillRow(2, { answer: "No verdict chosen for this one." });
  await expect(await question.save()).toContainText("2 answers need fixing (answers 2, 3). Nothing was saved.");
  await expect(question.rows().nth(0).getByTestId("sample-error")).toHaveCount(0);
  await expect(question.rows().nth(1).getByTestId("sample-error")).toHaveText("Scores are whole numbers from 0 to 100 (or leave it empty).");
  await expect(question.rows().nth(2).getByTestId("sample-error")).toHaveText("Choose strong, shallow or wrong.");
  await expect(question.rows().nth(1).getByTestId("sample-answer")).toHaveValue("Half an idea.");
  await expect(question.rows().nth(1).getByTestId("sample-score")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(question.examples()).toHaveCount(before);
});
