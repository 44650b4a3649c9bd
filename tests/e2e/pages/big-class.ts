// A realistic, crowded class for the layout checks: 25 topics with long names (4 of them
// open with questions), three students (two with long names), ten finished interviews and one
// in progress, plus an empty class. Built through the UI and the interview API, as a real instructor and
// students would.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_INSTRUCTOR, DEMO_STUDENT } from "../../../prisma/seed-data";
import { LoginPage } from "./login-page";
import { SignupPage } from "./signup-page";

export const TOPIC_COUNT = 25;
export const OPEN_TOPICS = 4;
export const STUDENTS = 3;
const CSV = path.join(process.cwd(), "tests", "fixtures", "csv", "e2e-bank-fixed.csv");

/** Topic names long enough to collide on a chart axis and widen a table column. */
export const CLASS_NAME = "CS 450 · Distributed systems and cloud infrastructure, autumn cohort";
export const topicName = (i: number) => `Topic ${String(i + 1).padStart(2, "0")}: distributed systems, consistency and consensus in practice`;
export const studentName = (i: number) => `Maximiliana Alexandrovna Featherstonehaugh-Wolfeschlegel ${i + 1}`;

export type BigClass = {
  instructor: BrowserContext;
  student: BrowserContext;
  batchId: string;
  emptyBatchId: string;
  topicId: string;
  studentId: string;
  sessionId: string;
  /** A session still in progress, for the interview room. */
  openSessionId: string;
};

async function signUp(browser: Browser, name: string, role: "student" | "instructor"): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signup = new SignupPage(page);
  await signup.goto();
  await signup.signUp({ name, email: `${role}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.test`, password: "a-long-password", role });
  await page.waitForURL(`**/${role}`);
  await page.close();
  return context;
}

async function logIn(browser: Browser, account: { email: string; password: string }, home: "student" | "instructor"): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.login(account.email, account.password);
  await page.waitForURL(`**/${home}`);
  await page.close();
  return context;
}

async function createClass(page: Page, name: string): Promise<string> {
  await page.goto("/instructor");
  await page.getByTestId("create-batch-name").fill(name);
  await page.getByTestId("create-batch-submit").click();
  await page.waitForURL(/\/instructor\/batches\/[^/]+$/);
  return page.url().split("/").pop()!;
}

/** Answers one question well and one badly, then ends: a completed interview with a score. */
async function interview(page: Page, topicId: string, good: boolean): Promise<string> {
  const response = await page.request.post("/api/interviews", { data: { topicId } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  const started = await response.json();
  const answer = good ? "A hash function maps a key of any size to a fixed-size value, used to pick a bucket in a hash table." : "I am not sure, maybe it is about sorting.";
  expect((await page.request.post(`/api/interviews/${started.sessionId}/answer`, { data: { turn: 0, answer } })).status()).toBe(200);
  expect((await page.request.post(`/api/interviews/${started.sessionId}/end`)).status()).toBe(200);
  return started.sessionId;
}

export async function makeBigClass(browser: Browser): Promise<BigClass> {
  // Sign-ups are limited per address (20 an hour) and the whole e2e suite shares one, so the demo
  // instructor runs the class and the demo student is its third student: two sign-ups in all.
  const instructor = await logIn(browser, DEMO_INSTRUCTOR, "instructor");
  const page = await instructor.newPage();
  const emptyBatchId = await createClass(page, "An empty class with a rather long name that wraps on a phone");
  const batchId = await createClass(page, CLASS_NAME);
  const code = (await page.getByTestId("class-code").textContent())!.trim();

  await page.goto(`/instructor/batches/${batchId}/topics`);
  for (let i = 0; i < TOPIC_COUNT; i++) {
    await page.getByTestId("topic-name").fill(topicName(i));
    await page.getByTestId("create-topic-submit").click();
    await expect(page.locator(`[data-testid="managed-topic"][data-topic-name="${topicName(i)}"]`)).toBeVisible();
  }
  const card = (i: number) => page.locator(`[data-testid="managed-topic"][data-topic-name="${topicName(i)}"]`);
  const topicIds: string[] = [];
  for (let i = 0; i < OPEN_TOPICS; i++) topicIds.push((await card(i).getByTestId("manage-questions").getAttribute("href"))!.split("/").pop()!);
  // Questions first, then unlock: an open topic needs questions.
  for (const id of topicIds) {
    await page.goto(`/instructor/batches/${batchId}/topics/${id}`);
    await page.getByTestId("csv-file").setInputFiles(CSV);
    await page.getByTestId("csv-preview").click();
    await expect(page.getByTestId("csv-count-add")).toHaveText("3");
    await page.getByTestId("csv-commit").click();
    await expect(page.getByTestId("csv-committed")).toBeVisible();
  }
  await page.goto(`/instructor/batches/${batchId}/topics`);
  for (let i = 0; i < OPEN_TOPICS; i++) {
    await card(i).getByTestId("toggle-lock").click();
    await expect(card(i).getByTestId("toggle-lock")).toHaveText("Lock");
  }

  let student!: BrowserContext;
  for (let s = 0; s < STUDENTS; s++) {
    const context = s < STUDENTS - 1 ? await signUp(browser, studentName(s), "student") : await logIn(browser, DEMO_STUDENT, "student");
    const p = await context.newPage();
    await p.goto("/student");
    await p.getByTestId("join-code").fill(code);
    await p.getByTestId("join-submit").click();
    await expect(p.getByTestId("join-message")).toContainText("You joined");
    for (let t = 0; t < OPEN_TOPICS; t++) if ((s + t) % 2 === 0 || s === 0) await interview(p, topicIds[t]!, (s + t) % 3 !== 0);
    await p.close();
    if (s === 0) student = context;
    else await context.close();
  }
  // The first student also has an interview open, and has more finished ones (the charts).
  const p = await student.newPage();
  const sessionId = await interview(p, topicIds[1]!, true);
  const open = await (await p.request.post("/api/interviews", { data: { topicId: topicIds[2] } })).json();
  await p.close();

  await page.goto(`/instructor/batches/${batchId}/students`);
  const studentHref = (await page.getByRole("link", { name: studentName(0) }).getAttribute("href"))!;
  await page.close();
  return { instructor, student, batchId, emptyBatchId, topicId: topicIds[0]!, studentId: studentHref.split("/").pop()!, sessionId, openSessionId: open.sessionId };
}

type Saved = Omit<BigClass, "instructor" | "student"> & { instructorState: string; studentState: string };

/**
 * The class, built once per test run: a failed test restarts the worker, and the next one finds
 * the class in `file` (checked against the server, which may have started on a fresh database).
 */
export async function bigClassOnce(browser: Browser, file: string): Promise<BigClass> {
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8")) as Saved;
    const instructor = await browser.newContext({ storageState: JSON.parse(saved.instructorState) });
    const alive = await instructor.request.get(`/instructor/batches/${saved.batchId}`, { maxRedirects: 0 });
    if (alive.status() === 200) {
      const student = await browser.newContext({ storageState: JSON.parse(saved.studentState) });
      const { instructorState: _i, studentState: _s, ...ids } = saved;
      return { ...ids, instructor, student };
    }
    await instructor.close();
  }
  const made = await makeBigClass(browser);
  const { instructor, student, ...ids } = made;
  const saved: Saved = { ...ids, instructorState: JSON.stringify(await instructor.storageState()), studentState: JSON.stringify(await student.storageState()) };
  writeFileSync(file, JSON.stringify(saved));
  return made;
}
