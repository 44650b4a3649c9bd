import "server-only";
// Everything the student home shows, for one student (class progress counts class interviews
// only; job practice has its own page, lib/db/queries/job-practice.ts). A student has at most a few hundred
// sessions, so one indexed query (studentId, startedAt) and a pass in JS is enough here.
import { getDb } from "../client";
import { listStudentBatches } from "./batches";

const MASTERY_WINDOW = 3;

/** A class interview shows its topic's current name; job practice its role. */
const nameOf = (s: { title: string; topic: { name: string } | null }) => s.topic?.name ?? s.title;

export type TopicProgress = { attempts: number; bestScore: number | null; lastScore: number | null; mastery: number | null; openSessionId: string | null };

export async function studentDashboard(studentId: string) {
  const db = await getDb();
  const [batches, sessions] = await Promise.all([
    listStudentBatches(studentId),
    db.interviewSession.findMany({
      where: { studentId },
      orderBy: { startedAt: "desc" },
      take: 500,
      select: {
        id: true,
        source: true,
        topicId: true,
        title: true,
        topic: { select: { name: true } },
        status: true,
        overallScore: true,
        startedAt: true,
        completedAt: true,
        assignmentId: true,
        late: true,
        _count: { select: { turns: { where: { verdict: { not: null } } } } },
      },
    }),
  ]);

  const progressByTopic = new Map<string, TopicProgress>();
  const classSessions = sessions.filter((s): s is typeof s & { topicId: string } => s.topicId !== null);
  for (const s of classSessions) {
    const p = progressByTopic.get(s.topicId) ?? { attempts: 0, bestScore: null, lastScore: null, mastery: null, openSessionId: null };
    if (s.status === "IN_PROGRESS") p.openSessionId = s.id;
    if (s.status === "COMPLETED" && s.overallScore !== null) {
      p.attempts += 1;
      p.lastScore ??= Math.round(s.overallScore); // sessions are newest first
      p.bestScore = Math.max(p.bestScore ?? 0, Math.round(s.overallScore));
    }
    progressByTopic.set(s.topicId, p);
  }
  // Mastery: the mean of the latest few completed scores — where the student stands now.
  for (const [topicId, p] of progressByTopic) {
    const recent = classSessions.filter((s) => s.topicId === topicId && s.status === "COMPLETED" && s.overallScore !== null).slice(0, MASTERY_WINDOW);
    p.mastery = recent.length ? Math.round(recent.reduce((sum, s) => sum + s.overallScore!, 0) / recent.length) : null;
  }

  const completed = sessions.filter((s) => s.status === "COMPLETED" && s.overallScore !== null && s.completedAt);
  return {
    batches,
    progressByTopic,
    openSessions: sessions
      .filter((s) => s.status === "IN_PROGRESS")
      .map((s) => ({ id: s.id, source: s.source, topicName: nameOf(s), answered: s._count.turns, startedAt: s.startedAt })),
    recentSessions: sessions.slice(0, 10).map((s) => ({
      id: s.id,
      source: s.source,
      topicName: nameOf(s),
      status: s.status,
      score: s.overallScore === null ? null : Math.round(s.overallScore),
      answered: s._count.turns,
      date: s.completedAt ?? s.startedAt,
      /** An assignment's attempt started after its due date. */
      late: s.assignmentId !== null && s.late,
    })),
    progress: completed
      .slice()
      .reverse()
      .map((s) => ({ date: s.completedAt!.toISOString(), score: Math.round(s.overallScore!), topic: nameOf(s) })),
  };
}
