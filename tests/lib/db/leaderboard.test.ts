// Class leaderboards, ranked in SQL: ties share a rank, hidden students and deleted accounts are
// left out of everyone else's view, students without a counted interview are not ranked, the
// period's boundary, and an empty class.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { enrollStudent } from "@/lib/db/queries/batches";
import { classLeaderboard, setLeaderboardHidden, studentLeaderboards } from "@/lib/db/queries/leaderboard";
import { createTopic } from "@/lib/db/queries/topics";
import { DEFAULT_LEADERBOARD, type LeaderboardSettings } from "@/lib/leaderboard/settings";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const BEST: LeaderboardSettings = { ...DEFAULT_LEADERBOARD, enabled: true };
const POINTS = (days: 7 | 30 | null): LeaderboardSettings => ({ ...BEST, metric: "POINTS", days });
const NOW = new Date("2026-11-20T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

async function classWithTwoTopics() {
  const ctx = await makeBatchWithTopic();
  const topicB = await createTopic(ctx.batch.id, { name: "Topic B", unlocked: true });
  return { ...ctx, topicB };
}

async function student(batchId: string, name: string) {
  const s = await makeUser("STUDENT", { name });
  await enrollStudent(batchId, s.id);
  return s;
}

/** A completed class interview with this score, completed at `at`. */
async function completed(batchId: string, topicId: string, studentId: string, score: number, at = daysAgo(1)) {
  const db = await getDb();
  await db.interviewSession.create({ data: { studentId, topicId, batchId, status: "COMPLETED", overallScore: score, startedAt: at, completedAt: at } });
}

const names = (rows: { name: string; rank: number; score: number }[]) => rows.map((r) => `${r.rank} ${r.name} ${r.score}`);

describe("classLeaderboard", () => {
  it("best per topic: each student's best per topic averaged over the class's topics, an untried topic counting 0; ties share a rank", async () => {
    const { batch, topic, topicB, student: first } = await classWithTwoTopics();
    const db = await getDb();
    await db.user.update({ where: { id: first.id }, data: { name: "Ada Lovelace" } });
    const grace = await student(batch.id, "Grace Hopper");
    const alan = await student(batch.id, "Alan Turing");
    await student(batch.id, "Never Tried"); // no interview: not ranked
    await completed(batch.id, topic.id, first.id, 60);
    await completed(batch.id, topic.id, first.id, 80); // best of the two counts
    await completed(batch.id, topicB.id, first.id, 70); // (80 + 70) / 2 = 75
    await completed(batch.id, topic.id, grace.id, 90);
    await completed(batch.id, topicB.id, grace.id, 60); // 75: tied with Ada
    await completed(batch.id, topic.id, alan.id, 100); // (100 + 0) / 2 = 50
    // An open interview and an archived topic do not count.
    await db.interviewSession.create({ data: { studentId: alan.id, topicId: topicB.id, batchId: batch.id, overallScore: 100 } });
    const archived = await createTopic(batch.id, { name: "Old", unlocked: true });
    await db.topic.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const board = await classLeaderboard(batch.id, BEST, null, { now: NOW });
    expect(names(board.rows)).toEqual(["1 Ada Lovelace 75", "1 Grace Hopper 75", "3 Alan Turing 50"]);
    expect(board).toMatchObject({ ranked: 3, hidden: 0, viewer: null });
  });

  it("a locked topic nobody practised does not count; one the class practised still does", async () => {
    const { batch, topic, topicB, student: s } = await classWithTwoTopics();
    const db = await getDb();
    await completed(batch.id, topic.id, s.id, 80);
    const locked = await createTopic(batch.id, { name: "Later", unlocked: false });
    expect((await classLeaderboard(batch.id, BEST, null)).rows.map((r) => r.score)).toEqual([40]); // topics A and B
    await completed(batch.id, topicB.id, s.id, 60);
    await db.topic.update({ where: { id: topicB.id }, data: { unlocked: false } });
    expect((await classLeaderboard(batch.id, BEST, null)).rows.map((r) => r.score)).toEqual([70]);
    expect(locked.unlocked).toBe(false);
  });

  it("points: round(score / 10) per completed interview, over the period, counted up to its first moment", async () => {
    const { batch, topic, student: s } = await classWithTwoTopics();
    const other = await student(batch.id, "Other Student");
    await completed(batch.id, topic.id, s.id, 75, daysAgo(1)); // 8
    await completed(batch.id, topic.id, s.id, 44, new Date(daysAgo(7).getTime() + 1000)); // 4: just inside 7 days
    await completed(batch.id, topic.id, s.id, 90, new Date(daysAgo(7).getTime() - 1000)); // 9: just outside
    await completed(batch.id, topic.id, other.id, 100, daysAgo(20)); // 10: inside 30 days only
    const week = await classLeaderboard(batch.id, POINTS(7), null, { now: NOW });
    expect(week.rows.map((r) => [r.studentId, r.score])).toEqual([[s.id, 12]]);
    const month = await classLeaderboard(batch.id, POINTS(30), null, { now: NOW });
    expect(month.rows.map((r) => [r.studentId, r.score, r.rank])).toEqual([
      [s.id, 21, 1],
      [other.id, 10, 2],
    ]);
    expect((await classLeaderboard(batch.id, POINTS(null), null, { now: NOW })).rows[0]!.score).toBe(21);
  });

  it("a hidden student is left out of everyone else's board (ranks close up) and sees only their own score, marked hidden", async () => {
    const { batch, topic, student: top } = await classWithTwoTopics();
    const second = await student(batch.id, "Second Place");
    const third = await student(batch.id, "Third Place");
    await completed(batch.id, topic.id, top.id, 90);
    await completed(batch.id, topic.id, second.id, 80);
    await completed(batch.id, topic.id, third.id, 70);
    await setLeaderboardHidden(batch.id, top.id, true);

    const seenByThird = await classLeaderboard(batch.id, BEST, third.id);
    expect(seenByThird.rows.map((r) => [r.studentId, r.rank])).toEqual([
      [second.id, 1],
      [third.id, 2],
    ]);
    expect(seenByThird).toMatchObject({ ranked: 2, hidden: 1, viewer: { hidden: false, score: 35 } });
    const seenByHidden = await classLeaderboard(batch.id, BEST, top.id);
    expect(seenByHidden.rows.map((r) => r.studentId)).not.toContain(top.id);
    expect(seenByHidden.viewer).toEqual({ hidden: true, score: 45 });

    await setLeaderboardHidden(batch.id, top.id, false);
    expect((await classLeaderboard(batch.id, BEST, third.id)).rows[0]!.studentId).toBe(top.id);
  });

  it("deleted accounts and removed students never appear", async () => {
    const { batch, topic, student: kept } = await classWithTwoTopics();
    const deleted = await student(batch.id, "Deleted Account");
    const removed = await student(batch.id, "Removed Student");
    for (const s of [kept, deleted, removed]) await completed(batch.id, topic.id, s.id, 80);
    const db = await getDb();
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date(), name: "Deleted user" } });
    await db.enrollment.update({ where: { batchId_studentId: { batchId: batch.id, studentId: removed.id } }, data: { removedAt: new Date() } });
    const board = await classLeaderboard(batch.id, BEST, null);
    expect(board.rows.map((r) => r.studentId)).toEqual([kept.id]);
    expect(board.ranked).toBe(1);
  });

  it("top N places, plus the viewer's own row when lower; a viewer without an interview is not ranked", async () => {
    const { batch, topic, student: viewer } = await classWithTwoTopics();
    for (let i = 0; i < 4; i++) await completed(batch.id, topic.id, (await student(batch.id, `Student ${i}`)).id, 90 - i * 10);
    await completed(batch.id, topic.id, viewer.id, 10);
    const board = await classLeaderboard(batch.id, BEST, viewer.id, { top: 2 });
    expect(board.rows.map((r) => r.rank)).toEqual([1, 2, 5]);
    expect(board.rows[2]!.studentId).toBe(viewer.id);
    const newcomer = await student(batch.id, "Newcomer");
    expect((await classLeaderboard(batch.id, BEST, newcomer.id, { top: 2 })).viewer).toEqual({ hidden: false, score: null });
  });

  it("an empty class has an empty board", async () => {
    const { batch } = await classWithTwoTopics();
    expect(await classLeaderboard(batch.id, BEST, null)).toEqual({ rows: [], ranked: 0, hidden: 0, viewer: null });
    expect(await classLeaderboard(batch.id, POINTS(7), null)).toEqual({ rows: [], ranked: 0, hidden: 0, viewer: null });
  });
});

describe("studentLeaderboards and setLeaderboardHidden", () => {
  it("lists only the student's classes with the leaderboard on", async () => {
    const { batch, student: s } = await makeBatchWithTopic();
    expect(await studentLeaderboards(s.id)).toEqual([]);
    const db = await getDb();
    await db.batch.update({ where: { id: batch.id }, data: { leaderboardEnabled: true, leaderboardMetric: "POINTS", leaderboardDays: 7 } });
    const boards = await studentLeaderboards(s.id);
    expect(boards).toHaveLength(1);
    expect(boards[0]).toMatchObject({ batchId: batch.id, settings: { enabled: true, metric: "POINTS", days: 7, names: "INITIALS" } });
    expect(await studentLeaderboards((await makeUser("STUDENT")).id)).toEqual([]);
  });

  it("refuses a class the student is not in", async () => {
    const { batch } = await makeBatchWithTopic();
    const outsider = await makeUser("STUDENT");
    await expect(setLeaderboardHidden(batch.id, outsider.id, true)).rejects.toMatchObject({ status: 404 });
  });
});

describe("classLeaderboard at scale", () => {
  it("ranks 500 students × 20 topics in the database and returns only the rows shown", async () => {
    const { batch } = await makeBatchWithTopic();
    const db = await getDb();
    for (let i = 0; i < 19; i++) await createTopic(batch.id, { name: `T${i}`, unlocked: true });
    const topicIds = [...(await db.topic.findMany({ where: { batchId: batch.id }, select: { id: true } })).map((t) => t.id)];
    expect(topicIds).toHaveLength(20);
    const stamp = Date.now().toString(36);
    const students = Array.from({ length: 500 }, (_, i) => ({
      id: `s${stamp}${i}`,
      name: `Student ${i}`,
      email: `s${i}.${stamp}@example.test`,
      passwordHash: "x",
      role: "STUDENT" as const,
    }));
    await db.user.createMany({ data: students });
    await db.enrollment.createMany({ data: students.map((s) => ({ batchId: batch.id, studentId: s.id })) });
    await db.interviewSession.createMany({
      data: students.flatMap((s, i) =>
        topicIds.map((topicId, t) => ({
          studentId: s.id,
          topicId,
          batchId: batch.id,
          status: "COMPLETED" as const,
          overallScore: (i * 7 + t * 13) % 101,
          completedAt: daysAgo(1),
        })),
      ),
    });
    const viewer = students[250]!.id;
    const started = performance.now();
    const board = await classLeaderboard(batch.id, BEST, viewer, { now: NOW });
    const took = performance.now() - started;
    expect(board.ranked).toBe(500);
    expect(board.rows.length).toBeLessThanOrEqual(11);
    expect(board.rows.some((r) => r.studentId === viewer)).toBe(true);
    expect((await classLeaderboard(batch.id, POINTS(null), viewer, { now: NOW })).rows.length).toBeLessThanOrEqual(11);
    console.log(`[leaderboard] 500 students × 20 topics (10,000 interviews): ranked in ${Math.round(took)} ms`);
    // ≈0.1 s on embedded PGlite (three statements with joins planned on stale statistics took 5–7 s).
    expect(took).toBeLessThan(3000);
  });
});
