// Authorization matrix, pages and route handlers: every page.tsx and every exported method
// of every route.ts under app/ (a new one fails the test until it is listed here), requested
// as six people against the production server. Checks the status, that nothing private
// leaks into any answer (the owner's answer text and email), security headers, and that no
// response carries a stack trace or database error.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { DEMO_BATCH, DEMO_INSTRUCTOR, DEMO_STUDENT } from "../../prisma/seed-data";
import { LoginPage } from "./pages/login-page";
import { SignupPage } from "./pages/signup-page";
import { StudentHomePage } from "./pages/student-home-page";

/** The installed Pyodide's version, as the app's route serves it (read directly: Node needs an import attribute for JSON). */
const PYODIDE_VERSION = (JSON.parse(readFileSync("node_modules/pyodide/package.json", "utf8")) as { version: string }).version;

const IDENTITIES = ["signedOut", "student", "otherStudent", "instructor", "assistant", "otherInstructor"] as const;
type Identity = (typeof IDENTITIES)[number];
/** A status; "login": redirect to /login; "home": to the caller's own home; "report": to the session's report. */
type Expected = number | number[] | "login" | "home" | "report";
type Ids = { batchId: string; topicId: string; otherTopicId: string; studentId: string; sessionId: string; questionId: string; loopId: string };
type Case = {
  method: "GET" | "POST" | "DELETE";
  url: (ids: Ids) => string;
  body?: Record<string, unknown>;
  form?: Record<string, string>;
  /** A raw file upload (application/octet-stream, the name in X-File-Name). */
  /** A raw body (a file), sent with its own content type (default: application/octet-stream). */
  upload?: { name: string; text: string; type?: string };
  expect: Record<Identity, Expected>;
  /** Who may see the owner's private data in this response. */
  mayShowPrivate?: Identity[];
};

const everyone = (status: Expected): Record<Identity, Expected> => ({
  signedOut: status,
  student: status,
  otherStudent: status,
  instructor: status,
  assistant: status,
  otherInstructor: status,
});
const studentPage = { signedOut: "login", student: 200, otherStudent: 200, instructor: "home", assistant: "home", otherInstructor: "home" } as const;
const ownerInstructorPage = { signedOut: "login", student: "home", otherStudent: "home", instructor: 200, assistant: 200, otherInstructor: 404 } as const;
const studentApi = { signedOut: 401, student: 200, otherStudent: 404, instructor: 403, assistant: 403, otherInstructor: 403 } as const;
const batch = (ids: Ids) => `/instructor/batches/${ids.batchId}`;

/** Keyed "PAGE <route>" or "<METHOD> <route>", routes as written in app/ (groups removed). */
const MATRIX: Record<string, Case> = {
  "PAGE /": { method: "GET", url: () => "/", expect: everyone(200) },
  "PAGE /login": { method: "GET", url: () => "/login", expect: { ...everyone("home"), signedOut: 200 } },
  "PAGE /signup": { method: "GET", url: () => "/signup", expect: { ...everyone("home"), signedOut: 200 } },
  "PAGE /forgot-password": { method: "GET", url: () => "/forgot-password", expect: { ...everyone("home"), signedOut: 200 } },
  // Without a token (or with a dead one) it says the link cannot be used; it reveals nothing.
  "PAGE /reset-password": { method: "GET", url: () => "/reset-password?token=not-a-live-token-0123456789", expect: everyone(200) },
  // Anyone signed in sees their own account (the owner sees their own e-mail there).
  "PAGE /account": { method: "GET", url: () => "/account", expect: { ...everyone(200), signedOut: "login" }, mayShowPrivate: ["student"] },
  "PAGE /student": { method: "GET", url: () => "/student", expect: studentPage },
  // Any student may practise for a job; the page shows only their own interviews.
  "PAGE /practice": { method: "GET", url: () => "/practice", expect: studentPage },
  // The owner's interview has ended, so its page sends them to the report.
  // Shows only the caller's own resume and job description (the owner's holds the marker).
  "PAGE /practice/loops/new": { method: "GET", url: () => "/practice/loops/new", expect: studentPage },
  // A loop is its student's alone: another student gets the 404 of an unknown id.
  "PAGE /practice/loops/[loopId]": { method: "GET", url: (i) => `/practice/loops/${i.loopId}`, expect: { ...studentPage, otherStudent: 404 }, mayShowPrivate: ["student"] },
  "PAGE /practice/documents": { method: "GET", url: () => "/practice/documents", expect: studentPage, mayShowPrivate: ["student"] },
  "PAGE /interview/[sessionId]": { method: "GET", url: (i) => `/interview/${i.sessionId}`, expect: { ...studentPage, student: "report", otherStudent: 404 } },
  "PAGE /report/[sessionId]": {
    method: "GET",
    url: (i) => `/report/${i.sessionId}`,
    expect: { signedOut: "login", student: 200, otherStudent: 404, instructor: 200, assistant: 200, otherInstructor: 404 },
    mayShowPrivate: ["student", "instructor", "assistant"],
  },
  "PAGE /instructor": {
    method: "GET",
    url: () => "/instructor",
    expect: { signedOut: "login", student: "home", otherStudent: "home", instructor: 200, assistant: 200, otherInstructor: 200 },
  },
  "PAGE /instructor/batches/[batchId]": { method: "GET", url: batch, expect: ownerInstructorPage, mayShowPrivate: ["instructor", "assistant"] },
  "PAGE /instructor/batches/[batchId]/topics": { method: "GET", url: (i) => `${batch(i)}/topics`, expect: ownerInstructorPage },
  "PAGE /instructor/batches/[batchId]/topics/[topicId]": { method: "GET", url: (i) => `${batch(i)}/topics/${i.topicId}`, expect: ownerInstructorPage },
  // Its "recent student answers" show the class's answers to the question (the owner's among them).
  "PAGE /instructor/batches/[batchId]/topics/[topicId]/questions/[questionId]": {
    method: "GET",
    url: (i) => `${batch(i)}/topics/${i.topicId}/questions/${i.questionId}`,
    expect: ownerInstructorPage,
    mayShowPrivate: ["instructor", "assistant"],
  },
  "PAGE /instructor/batches/[batchId]/students": { method: "GET", url: (i) => `${batch(i)}/students`, expect: ownerInstructorPage, mayShowPrivate: ["instructor", "assistant"] },
  "PAGE /instructor/batches/[batchId]/students/[studentId]": {
    method: "GET",
    url: (i) => `${batch(i)}/students/${i.studentId}`,
    expect: ownerInstructorPage,
    mayShowPrivate: ["instructor", "assistant"],
  },
  "PAGE /instructor/batches/[batchId]/sessions/[sessionId]": {
    method: "GET",
    url: (i) => `${batch(i)}/sessions/${i.sessionId}`,
    expect: ownerInstructorPage,
    mayShowPrivate: ["instructor", "assistant"],
  },
  // Everyone who teaches the class sees who does; only the owner's copy has the add and remove controls.
  "PAGE /instructor/batches/[batchId]/staff": { method: "GET", url: (i) => `${batch(i)}/staff`, expect: ownerInstructorPage },
  "PAGE /instructor/batches/[batchId]/audit": { method: "GET", url: (i) => `${batch(i)}/audit`, expect: ownerInstructorPage, mayShowPrivate: ["instructor", "assistant"] },
  "PAGE /instructor/batches/[batchId]/assignments": {
    method: "GET",
    url: (i) => `${batch(i)}/assignments`,
    expect: ownerInstructorPage,
    mayShowPrivate: ["instructor", "assistant"],
  },
  // Opens only sessions started for one of the class's assignments: the owner's interview was not (404 for its instructor too).
  "PAGE /instructor/batches/[batchId]/assignments/sessions/[sessionId]": {
    method: "GET",
    url: (i) => `${batch(i)}/assignments/sessions/${i.sessionId}`,
    expect: { ...ownerInstructorPage, instructor: 404, assistant: 404 },
  },
  // The class's leaderboard with full names (staff only; students see theirs on their home page).
  "PAGE /instructor/batches/[batchId]/leaderboard": {
    method: "GET",
    url: (i) => `${batch(i)}/leaderboard`,
    expect: ownerInstructorPage,
    mayShowPrivate: ["instructor", "assistant"],
  },
  "GET /api/health": { method: "GET", url: () => "/api/health", expect: everyone(200) },
  // Pyodide's own files for the browser's code runner: public, like any static asset (nothing of ours).
  "GET /pyodide/[version]/[file]": { method: "GET", url: () => `/pyodide/${PYODIDE_VERSION}/pyodide-lock.json`, expect: everyone(200) },
  "GET /api/question-template": { method: "GET", url: () => "/api/question-template", expect: everyone(200) },
  // Auth.js: the session endpoint shows only the caller's own session.
  "GET /api/auth/[...nextauth]": { method: "GET", url: () => "/api/auth/session", expect: everyone(200), mayShowPrivate: ["student"] },
  // A sign-in without the CSRF token is refused for everyone (no session cookie is set; checked below).
  "POST /api/auth/[...nextauth]": { method: "POST", url: () => "/api/auth/callback/credentials", form: { email: "x@example.test", password: "x" }, expect: everyone(302) },
  "POST /api/interviews": {
    method: "POST",
    url: () => "/api/interviews",
    body: {},
    expect: { signedOut: 401, student: [200, 201], otherStudent: [200, 201], instructor: 403, assistant: 403, otherInstructor: 403 },
  },
  "GET /api/interviews/[sessionId]": {
    method: "GET",
    url: (i) => `/api/interviews/${i.sessionId}`,
    expect: { ...studentApi, instructor: 200, assistant: 200, otherInstructor: 404 },
    mayShowPrivate: ["student", "instructor", "assistant"],
  },
  "POST /api/interviews/[sessionId]/answer": {
    method: "POST",
    url: (i) => `/api/interviews/${i.sessionId}/answer`,
    body: { turn: 1, answer: "an attempt to answer someone else's interview" },
    expect: { ...studentApi, student: 409 }, // the owner's interview has ended
  },
  // A question is read aloud only for the interview's own student while it waits for an answer.
  "GET /api/interviews/[sessionId]/question-audio": { method: "GET", url: (i) => `/api/interviews/${i.sessionId}/question-audio`, expect: { ...studentApi, student: 409 } },
  // A recording is transcribed only for the interview's own student while it waits for an answer
  // (the owner's has ended: 409), all before the audio is read.
  "POST /api/interviews/[sessionId]/transcribe": {
    method: "POST",
    url: (i) => `/api/interviews/${i.sessionId}/transcribe`,
    upload: { name: "answer.webm", text: "not really audio, refused before it is read", type: "audio/webm" },
    expect: { ...studentApi, student: 409 },
  },
  // Kept recordings are the student's alone (instructors included: 404, as for an unknown id);
  // the owner kept none here, so their own requests find nothing to play or delete.
  "GET /api/interviews/[sessionId]/recordings/[turn]": {
    method: "GET",
    url: (i) => `/api/interviews/${i.sessionId}/recordings/0`,
    expect: { signedOut: 401, student: 404, otherStudent: 404, instructor: 404, assistant: 404, otherInstructor: 404 },
  },
  "DELETE /api/interviews/[sessionId]/recordings/[turn]": {
    method: "DELETE",
    url: (i) => `/api/interviews/${i.sessionId}/recordings/0`,
    expect: { signedOut: 401, student: 404, otherStudent: 404, instructor: 404, assistant: 404, otherInstructor: 404 },
  },
  "DELETE /api/interviews/[sessionId]/recordings": {
    method: "DELETE",
    url: (i) => `/api/interviews/${i.sessionId}/recordings`,
    expect: { signedOut: 401, student: 200, otherStudent: 404, instructor: 404, assistant: 404, otherInstructor: 404 },
  },
  "POST /api/interviews/[sessionId]/end": { method: "POST", url: (i) => `/api/interviews/${i.sessionId}/end`, expect: studentApi, mayShowPrivate: ["student"] },
  // Each student uploads into their own resume only; the answer is { chars, truncated }.
  "POST /api/documents/resume": {
    method: "POST",
    url: () => "/api/documents/resume",
    upload: { name: "cv.txt", text: "A resume uploaded by the caller: Go, Kafka, PostgreSQL." },
    expect: { signedOut: 401, student: 200, otherStudent: 200, instructor: 403, assistant: 403, otherInstructor: 403 },
  },
  // Clears a revoked cookie; a valid session (or none) is only sent on.
  "GET /api/session/expired": { method: "GET", url: () => "/api/session/expired", expect: { ...everyone("home"), signedOut: "login" } },
  "GET /api/batches/[batchId]/export": {
    method: "GET",
    url: (i) => `/api/batches/${i.batchId}/export?type=turns`,
    expect: { signedOut: 401, student: 403, otherStudent: 403, instructor: 200, assistant: 200, otherInstructor: 404 },
    mayShowPrivate: ["instructor", "assistant"],
  },
};

function discoverRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const route =
        "/" +
        path
          .relative("app", dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s))
          .join("/");
      if (/^page\.(tsx|ts)$/.test(entry.name)) found.push(`PAGE ${route}`);
      if (/^route\.(ts|tsx)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const methods = new Set<string>();
        for (const m of source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) methods.add(m[1]!);
        for (const m of source.matchAll(/export const \{([^}]+)\}/g)) for (const name of m[1]!.split(",")) methods.add(name.trim());
        for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*=/g)) methods.add(m[1]!);
        for (const method of methods) found.push(`${method} ${route}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

// ── The five people ─────────────────────────────────────────────────────────
const stamp = Date.now();
const OWNER = { name: `Owner Quokka ${stamp}`, email: `owner.${stamp}@example.test`, password: "owner-password-1" };
const MARKER = `zanzibar${stamp}`; // only in the owner's answer
/** An instructor account the demo class's owner adds as an assistant (co-instructor). */
const ASSISTANT = { name: `Assistant Wombat ${stamp}`, email: `assistant.${stamp}@example.test`, password: "assistant-password-1" };
const contexts = new Map<Identity, BrowserContext>();
let ids: Ids;

async function signedIn(browser: Browser, who: Identity): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who === "student" || who === "otherInstructor" || who === "assistant") {
    const signup = new SignupPage(page);
    await signup.goto();
    const role = who === "student" ? "student" : "instructor";
    const account =
      who === "student" ? OWNER : who === "assistant" ? ASSISTANT : { name: "Other Instructor", email: `other.instructor.${stamp}@example.test`, password: "other-password-1" };
    await signup.signUp({ ...account, role });
    await page.waitForURL(`**/${role}`);
  } else if (who !== "signedOut") {
    const login = new LoginPage(page);
    await login.goto();
    const account = who === "instructor" ? DEMO_INSTRUCTOR : DEMO_STUDENT;
    await login.login(account.email, account.password);
    await page.waitForURL(`**/${who === "instructor" ? "instructor" : "student"}`);
  }
  await page.close();
  return context;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  for (const who of IDENTITIES) contexts.set(who, await signedIn(browser, who));

  // The owner joins the demo class and finishes a short interview with a recognisable answer.
  const ownerPage = await contexts.get("student")!.newPage();
  const home = new StudentHomePage(ownerPage);
  await home.goto();
  await expect(await home.join(DEMO_BATCH.classCode)).toContainText("You joined");
  await home.goto();
  const topicId = (await home.topic("Databases and SQL").getAttribute("data-topic-id"))!;
  const otherTopicId = (await home.topic("Data structures").getAttribute("data-topic-id"))!;
  const api = ownerPage.request;
  const started = await (await api.post("/api/interviews", { data: { topicId } })).json();
  expect((await api.post(`/api/interviews/${started.sessionId}/answer`, { data: { turn: 0, answer: `A primary key identifies a row; ${MARKER}.` } })).status()).toBe(200);
  expect((await api.post(`/api/interviews/${started.sessionId}/end`)).status()).toBe(200);

  const instructorPage = await contexts.get("instructor")!.newPage();
  await instructorPage.goto("/instructor");
  const batchId = (await instructorPage
    .getByRole("link", { name: /CS 201/ })
    .first()
    .getAttribute("href"))!
    .split("/")
    .pop()!;
  // The owner adds the assistant to the class from its Instructors page.
  await instructorPage.goto(`/instructor/batches/${batchId}/staff`);
  await instructorPage.getByTestId("assistant-email").fill(ASSISTANT.email);
  await instructorPage.getByTestId("add-assistant-submit").click();
  await expect(instructorPage.getByTestId("add-assistant-message")).toContainText("is now an assistant");
  await instructorPage.goto(`/instructor/batches/${batchId}/students`);
  const studentId = (await instructorPage.getByRole("link", { name: OWNER.name }).getAttribute("href"))!.split("/").pop()!;
  await instructorPage.goto(`/instructor/batches/${batchId}/topics/${topicId}`);
  const questionId = (await instructorPage.getByTestId("question-open").first().getAttribute("href"))!.split("/").pop()!;
  // The owner sets up a loop (its rounds are not started).
  await ownerPage.goto("/practice/loops/new");
  await ownerPage.getByTestId("loop-role").fill("Backend engineer");
  await ownerPage.getByTestId("loop-start").click();
  await ownerPage.waitForURL(/\/practice\/loops\/(?!new)[^/]+$/);
  const loopId = ownerPage.url().split("/").pop()!;
  ids = { batchId, topicId, otherTopicId, studentId, sessionId: started.sessionId, questionId, loopId };
  // The owner's job description holds the marker too: only the owner's documents page may show it.
  await ownerPage.goto("/practice/documents");
  await ownerPage.getByTestId("job-description-text").fill(`Backend engineer wanted: Go, Kafka; ${MARKER}.`);
  await ownerPage.getByTestId("job-description-save").click();
  await expect(ownerPage.getByTestId("job-description-saved")).toBeVisible();
  await ownerPage.close();
  await instructorPage.close();
});

test.afterAll(async () => {
  for (const c of contexts.values()) await c.close();
});

// A loop's rounds start only for its student; anyone else's attempt is refused before anything is created.
test("a loop's round starts only for the loop's student", async () => {
  const body = { source: "JOB_LOOP_ROUND", loopId: ids.loopId, roundIndex: 0 };
  const expected: Record<Identity, number> = { signedOut: 401, student: 201, otherStudent: 404, instructor: 403, assistant: 403, otherInstructor: 403 };
  for (const who of ["signedOut", "otherStudent", "instructor", "assistant", "otherInstructor", "student"] as const) {
    const response = await contexts.get(who)!.request.post("/api/interviews", { data: body });
    expect(response.status(), `round start as ${who}`).toBe(expected[who]);
  }
  // The rounds run in order: a later round is refused while the first is not done.
  const later = await contexts.get("student")!.request.post("/api/interviews", { data: { ...body, roundIndex: 1 } });
  expect(later.status()).toBe(409);
});

// A job-practice interview is its student's alone: unlike a class interview, not even an
// instructor may read it, and nobody else can answer or end it.
test("a job-practice interview answers only its owner", async () => {
  const owner = contexts.get("student")!.request;
  const setup = { role: "Staff SRE", seniority: "LEAD", focus: "TECHNICAL", questionCount: 3, language: "en" };
  const started = await owner.post("/api/interviews", { data: { source: "JOB_PRACTICE", setup } });
  expect(started.status()).toBe(201);
  const job = (await started.json()) as { sessionId: string };
  expect((await owner.post(`/api/interviews/${job.sessionId}/answer`, { data: { turn: 0, answer: { text: `Error budgets; ${MARKER}.` } } })).status()).toBe(200);
  expect((await owner.post(`/api/interviews/${job.sessionId}/end`)).status()).toBe(200);
  const readable = { signedOut: 401, student: 200, otherStudent: 404, instructor: 404, assistant: 404, otherInstructor: 404 };
  const cases: [string, "GET" | "POST", Record<Identity, number>][] = [
    [`/report/${job.sessionId}`, "GET", { ...readable, signedOut: 307 }],
    [`/api/interviews/${job.sessionId}`, "GET", readable],
    [`/api/interviews/${job.sessionId}/answer`, "POST", { ...studentApi, student: 409 }],
    [`/api/interviews/${job.sessionId}/end`, "POST", studentApi],
  ];
  for (const who of IDENTITIES) {
    for (const [url, method, expected] of cases) {
      const context = contexts.get(who)!;
      const options = { maxRedirects: 0, failOnStatusCode: false } as const;
      const body = url.endsWith("/answer") ? { data: { turn: 1, answer: { text: "x" } } } : {};
      const response = method === "GET" ? await context.request.get(url, options) : await context.request.post(url, { ...options, ...body });
      expect(response.status(), `${who} ${method} ${url}`).toBe(expected[who]);
      if (who !== "student") expect(await response.text(), `${who} ${url} leaks the owner's answer`).not.toContain(MARKER);
    }
  }
  // Not even through the instructor's own class pages (the owner is in the demo class).
  const transcript = await contexts.get("instructor")!.request.get(`/instructor/batches/${ids.batchId}/sessions/${job.sessionId}`, { maxRedirects: 0, failOnStatusCode: false });
  expect(transcript.status()).toBe(404);
  expect(await transcript.text()).not.toContain(MARKER);
});

test("the matrix lists every page and route handler", () => {
  expect(discoverRoutes()).toEqual(Object.keys(MATRIX).sort());
});

const STACK_OR_DB = /\n\s+at .+:\d+:\d+|node_modules|PrismaClient|prisma\.|ECONNREFUSED|syntax error at|duplicate key value|violates .* constraint/;

async function request(context: BrowserContext, c: Case, url: string): Promise<APIResponse> {
  const options = { maxRedirects: 0, failOnStatusCode: false } as const;
  if (c.method === "GET") return context.request.get(url, options);
  if (c.method === "DELETE") return context.request.delete(url, options);
  if (c.form) return context.request.post(url, { ...options, form: c.form });
  if (c.upload) {
    const headers = { "content-type": c.upload.type ?? "application/octet-stream", "x-file-name": encodeURIComponent(c.upload.name) };
    return context.request.post(url, { ...options, headers, data: Buffer.from(c.upload.text) });
  }
  return context.request.post(url, { ...options, data: url === "/api/interviews" ? { topicId: ids.otherTopicId } : (c.body ?? {}) });
}

function statusMatches(who: Identity, expected: Expected, response: APIResponse): string | null {
  // Pages redirect with 307 (Next's redirect()); route handlers answer 303 See Other.
  const status = response.status() === 303 ? 307 : response.status();
  const location = response.headers().location ?? "";
  if (expected === "login") return status === 307 && new URL(location, "http://x").pathname === "/login" ? null : `${status} → ${location}, expected a redirect to /login`;
  if (expected === "report") return status === 307 && location.endsWith(`/report/${ids.sessionId}`) ? null : `${status} → ${location}, expected a redirect to the report`;
  if (expected === "home") {
    const home = /instructor|assistant/i.test(who) ? "/instructor" : "/student";
    return status === 307 && new URL(location, "http://x").pathname === home ? null : `${status} → ${location}, expected a redirect to ${home}`;
  }
  const allowed = Array.isArray(expected) ? expected : [expected];
  return allowed.includes(status) ? null : `${status}, expected ${allowed.join(" or ")}`;
}

let cases = 0;
for (const identity of IDENTITIES) {
  test(`as ${identity}: every page and route answers as listed, with nothing private leaking`, async () => {
    const problems: string[] = [];
    for (const [name, c] of Object.entries(MATRIX)) {
      const url = c.url(ids);
      const response = await request(contexts.get(identity)!, c, url);
      const body = await response.text();
      cases++;
      const wrong = statusMatches(identity, c.expect[identity], response);
      if (wrong) problems.push(`${name} (${url}): ${wrong}`);
      const mayShow = c.mayShowPrivate?.includes(identity) && response.status() === 200;
      if (!mayShow && body.includes(MARKER)) problems.push(`${name}: leaks the owner's answer`);
      if (!mayShow && body.includes(OWNER.email)) problems.push(`${name}: leaks the owner's email`);
      if (STACK_OR_DB.test(body)) problems.push(`${name}: internals in the response: ${STACK_OR_DB.exec(body)![0]}`);
      const headers = response.headers();
      if (response.status() < 300) {
        if (!headers["content-security-policy"]?.includes("frame-ancestors 'none'")) problems.push(`${name}: no CSP frame-ancestors`);
        // 'wasm-unsafe-eval' (compiling WebAssembly, for the code runner) is allowed; JavaScript's eval is not.
        if (headers["content-security-policy"]?.includes("'unsafe-eval'")) problems.push(`${name}: CSP allows eval`);
        const scripts = /script-src ([^;]*)/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
        if (headers["content-type"]?.includes("text/html") && (!scripts.includes("'nonce-") || scripts.includes("unsafe-inline")))
          problems.push(`${name}: page scripts not locked to a nonce: ${scripts}`);
        if (headers["x-content-type-options"] !== "nosniff") problems.push(`${name}: no nosniff`);
        if (!headers["referrer-policy"]) problems.push(`${name}: no referrer-policy`);
      }
      if (c.form && (headers["set-cookie"] ?? "").includes("session-token=ey")) problems.push(`${name}: signed in without a CSRF token`);
    }
    expect(problems).toEqual([]);
  });
}

test("allowed owners really see their data (the leak checks above can fail)", async () => {
  const report = await contexts.get("student")!.request.get(`/report/${ids.sessionId}`);
  expect(await report.text()).toContain(MARKER);
  const transcript = await contexts.get("instructor")!.request.get(`/instructor/batches/${ids.batchId}/sessions/${ids.sessionId}`);
  expect(await transcript.text()).toContain(MARKER);
  const roster = await contexts.get("instructor")!.request.get(`/instructor/batches/${ids.batchId}/students`);
  expect(await roster.text()).toContain(OWNER.email);
  const assisted = await contexts.get("assistant")!.request.get(`/instructor/batches/${ids.batchId}/sessions/${ids.sessionId}`);
  expect(await assisted.text()).toContain(MARKER);
  // The assistant's copy of the class has no owner-only controls; the owner's has them.
  const classAs = async (who: Identity) => (await contexts.get(who)!.request.get(`/instructor/batches/${ids.batchId}/topics/${ids.topicId}`)).text();
  const [asOwner, asAssistant] = [await classAs("instructor"), await classAs("assistant")];
  for (const control of ["regenerate-code", "rename-batch", "topic-adaptive"]) {
    expect(asOwner).toContain(`data-testid="${control}"`);
    expect(asAssistant).not.toContain(`data-testid="${control}"`);
  }
  expect(asAssistant).toContain('data-testid="class-role"');
  const documents = await contexts.get("student")!.request.get("/practice/documents");
  expect(await documents.text()).toContain(MARKER);
});

test("guessed ids are 404 for everyone, like ids of other people's things", async () => {
  const guessed: Ids = {
    batchId: "cm0000000000000000000000",
    topicId: "cm0000000000000000000001",
    otherTopicId: "cm0000000000000000000001",
    studentId: "cm0000000000000000000002",
    sessionId: "cm0000000000000000000003",
    questionId: "cm0000000000000000000004",
    loopId: "loop00000000000000000000000000000005",
  };
  for (const [name, c] of Object.entries(MATRIX)) {
    if (!/\[(batchId|sessionId|topicId|studentId|questionId|loopId)\]/.test(name)) continue;
    for (const who of ["student", "instructor"] as const) {
      const expected = c.expect[who];
      const looksUp = [200, 201, 409, "report"].some((v) => (Array.isArray(expected) ? expected.includes(v as number) : expected === v));
      if (!looksUp) continue; // refused by role before any lookup
      const response = await request(contexts.get(who)!, c, c.url(guessed));
      cases++;
      expect(response.status(), `${name} as ${who} with a guessed id`).toBe(404);
    }
  }
  console.log(`[authorization] pages and route handlers: ${Object.keys(MATRIX).length} listed, ${cases} cases checked`);
});

test("session cookies are httpOnly and SameSite, and Secure (__Secure-) behind HTTPS", async ({ playwright, baseURL }) => {
  for (const https of [false, true]) {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: https ? { "x-forwarded-proto": "https" } : {} });
    const csrfResponse = await api.get("/api/auth/csrf");
    const { csrfToken } = await csrfResponse.json();
    const csrfCookie = csrfResponse
      .headersArray()
      .find((h) => h.name.toLowerCase() === "set-cookie")!
      .value.split(";")[0]!;
    const login = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: DEMO_STUDENT.email, password: DEMO_STUDENT.password, callbackUrl: "/" },
      headers: { cookie: csrfCookie },
      maxRedirects: 0,
    });
    const sessionCookie = login.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token="))?.value ?? "";
    expect(sessionCookie, `session cookie (https: ${https})`).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    if (https) expect(sessionCookie).toMatch(/^__Secure-authjs\.session-token=.*;.*Secure/i);
    else expect(sessionCookie).toMatch(/^authjs\.session-token=/);
    await api.dispose();
  }
});

test("pages run under their nonce CSP with no violation (charts, forms, report)", async () => {
  const violations: string[] = [];
  const visit = async (who: Identity, urls: string[]) => {
    const page = await contexts.get(who)!.newPage();
    page.on("console", (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    for (const url of urls) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
    }
    await page.close();
  };
  await visit("signedOut", ["/", "/login", "/signup"]);
  await visit("student", ["/student", `/report/${ids.sessionId}`, "/practice/documents"]);
  await visit("instructor", [
    `/instructor/batches/${ids.batchId}`,
    `/instructor/batches/${ids.batchId}/topics/${ids.topicId}`,
    `/instructor/batches/${ids.batchId}/topics/${ids.topicId}/questions/${ids.questionId}`,
    `/instructor/batches/${ids.batchId}/audit`,
    `/instructor/batches/${ids.batchId}/staff`,
  ]);
  await visit("assistant", [`/instructor/batches/${ids.batchId}/topics/${ids.topicId}`, `/instructor/batches/${ids.batchId}/staff`]);
  expect(violations).toEqual([]);
});
