// A realistic, crowded class for the layout checks: 25 topics with long names (4 of them
// open with questions), five students with long names, a dozen finished interviews, plus
// an empty class. Built through the UI and the interview API, as a real instructor and
// students would.
import path from "node:path";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { SignupPage } from "./signup-page";

export const TOPIC_COUNT = 25;
export const OPEN_TOPICS = 4;
const CSV = path.join(process.cwd(), "tests", "fixtures", "csv", "e2e-bank-fixed.csv");

/** Topic names long enough to collide on a chart axis and widen a table column. */
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

async function createClass(page: Page, name: string): Promise<string> {
  await page.goto("/instructor");
  await page.getByTestId("create-batch-name").fill(name);
  await page.getByTestId("create-batch-submit").click();
  await page.waitForURL(/\/instructor\/batches\/[^/]+$/);
  return page.url().split("/").pop()!;
}

/** Answers one question well and one badly, then ends: a completed interview with a score. */
async function interview(page: Page, topicId: string, good: boolean): Promise<string> {
  const started = await (await page.request.post("/api/interviews", { data: { topicId } })).json();
  const answer = good ? "A hash function maps a key of any size to a fixed-size value, used to pick a bucket in a hash table." : "I am not sure, maybe it is about sorting.";
  expect((await page.request.post(`/api/interviews/${started.sessionId}/answer`, { data: { turn: 0, answer } })).status()).toBe(200);
  expect((await page.request.post(`/api/interviews/${started.sessionId}/end`)).status()).toBe(200);
  return started.sessionId;
}

export async function makeBigClass(browser: Browser): Promise<BigClass> {
  const instructor = await signUp(browser, "Professor Bartholomew Ignatius Longname-Smythe", "instructor");
  const page = await instructor.newPage();
  const emptyBatchId = await createClass(page, "An empty class with a rather long name that wraps on a phone");
  const batchId = await createClass(page, "CS 450 · Distributed systems and cloud infrastructure, autumn cohort");
  const code = (await page.getByTestId("class-code").textContent())!.trim();

  await page.goto(`/instructor/batches/${batchId}/topics`);
  for (let i = 0; i < TOPIC_COUNT; i++) {
    await page.getByTestId("topic-name").fill(topicName(i));
    await page.getByTestId("create-topic-submit").click();
    await expect(page.locator(`[data-testid="managed-topic"][data-topic-name="${topicName(i)}"]`)).toBeVisible();
  }
  const topicIds: string[] = [];
  for (let i = 0; i < OPEN_TOPICS; i++) {
    const card = page.locator(`[data-testid="managed-topic"][data-topic-name="${topicName(i)}"]`);
    const href = (await card.getByTestId("manage-questions").getAttribute("href"))!;
    topicIds.push(href.split("/").pop()!);
    await card.getByTestId("toggle-lock").click();
    await expect(card).toContainText("Lock");
  }
  for (const id of topicIds) {
    await page.goto(`/instructor/batches/${batchId}/topics/${id}`);
    await page.getByTestId("csv-file").setInputFiles(CSV);
    await page.getByTestId("csv-preview").click();
    await page.getByTestId("csv-commit").click();
    await expect(page.getByTestId("csv-committed")).toBeVisible();
  }

  let student!: BrowserContext;
  let sessionId = "";
  for (let s = 0; s < 5; s++) {
    const context = await signUp(browser, studentName(s), "student");
    const p = await context.newPage();
    await p.goto("/student");
    await p.getByTestId("join-code").fill(code);
    await p.getByTestId("join-submit").click();
    await expect(p.getByTestId("join-message")).toContainText("You joined");
    for (let t = 0; t < OPEN_TOPICS; t++) if ((s + t) % 2 === 0 || s === 0) sessionId = (await interview(p, topicIds[t]!, (s + t) % 3 !== 0)) || sessionId;
    await p.close();
    if (s === 0) student = context;
    else await context.close();
  }
  // The first student also has an interview open, and has more finished ones (the charts).
  const p = await student.newPage();
  sessionId = await interview(p, topicIds[1]!, true);
  const open = await (await p.request.post("/api/interviews", { data: { topicId: topicIds[2] } })).json();
  await p.close();

  await page.goto(`/instructor/batches/${batchId}/students`);
  const studentHref = (await page.getByRole("link", { name: studentName(0) }).getAttribute("href"))!;
  await page.close();
  return { instructor, student, batchId, emptyBatchId, topicId: topicIds[0]!, studentId: studentHref.split("/").pop()!, sessionId, openSessionId: open.sessionId };
}
