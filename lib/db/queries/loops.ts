import "server-only";
// Job-practice loops (InterviewLoop): the rounds a student chose for a role, and the interview
// sessions that ran them. The tailoring kept from the resume and job description is encrypted
// here and decrypted only for the loop's own student (its pages and its rounds' plans).
import { randomUUID } from "node:crypto";
import { decryptText, encryptText } from "@/lib/crypto/data-encryption";
import type { Seniority } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import type { Report } from "@/lib/interview/types";
import type { RoundSession } from "@/lib/job-practice/loop-progress";
import { type LoopRounds, loopRoundsSchema } from "@/lib/job-practice/rounds";
import { readTailoring, type Tailoring } from "@/lib/job-practice/tailoring";
import type { RoleFamily } from "@/lib/question-bank";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";

const tailoringBinding = (loopId: string) => `loop:${loopId}:tailoring`;

export type NewLoop = {
  role: string;
  family: RoleFamily;
  seniority: Seniority;
  language: string;
  rounds: LoopRounds;
  usedResume: boolean;
  usedJobDescription: boolean;
};

export type StudentLoop = NewLoop & { id: string; createdAt: Date; sessions: (RoundSession & { report: Report | null })[] };

/**
 * Creates the loop, its tailoring encrypted and bound to the loop's id. The documents it came from
 * are share-locked first: a delete that committed since they were read leaves the loop untailored,
 * and one still running waits for this loop to exist, then clears it like the others.
 */
export async function createLoop(studentId: string, loop: NewLoop, tailoring: Tailoring | null): Promise<string> {
  const db = await getDb();
  const id = `loop${randomUUID().replaceAll("-", "")}`;
  const kinds = [...(loop.usedResume ? ["RESUME"] : []), ...(loop.usedJobDescription ? ["JOB_DESCRIPTION"] : [])];
  const sealed = tailoring ? encryptText(JSON.stringify(tailoring), tailoringBinding(id)) : null;
  await db.$transaction(async (tx) => {
    let kept = sealed;
    if (kept && kinds.length > 0) {
      const present = await tx.$queryRaw<{ kind: string }[]>`
        SELECT kind::text AS kind FROM "StudentDocument"
        WHERE "userId" = ${studentId} AND kind::text IN (${Prisma.join(kinds)})
        FOR SHARE`;
      if (present.length < kinds.length) kept = null;
    }
    await tx.interviewLoop.create({ data: { id, studentId, ...loop, rounds: loop.rounds as Prisma.InputJsonValue, tailoring: kept } });
  });
  return id;
}

const sessionFields = { id: true, roundIndex: true, status: true, overallScore: true, startedAt: true } as const;

type LoopRow = {
  id: string;
  role: string;
  family: string;
  seniority: string;
  language: string;
  rounds: unknown;
  usedResume: boolean;
  usedJobDescription: boolean;
  createdAt: Date;
  sessions: { id: string; roundIndex: number | null; status: RoundSession["status"]; overallScore: number | null; startedAt: Date; report?: unknown }[];
};

function toLoop(row: LoopRow): StudentLoop {
  const rounds = loopRoundsSchema.safeParse(row.rounds);
  if (!rounds.success) throw new AppError("internal:interview", "This loop's rounds could not be read. Start a new loop from Job practice.");
  return {
    id: row.id,
    role: row.role,
    family: row.family as RoleFamily,
    seniority: row.seniority as Seniority,
    language: row.language,
    rounds: rounds.data,
    usedResume: row.usedResume,
    usedJobDescription: row.usedJobDescription,
    createdAt: row.createdAt,
    sessions: row.sessions.map((s) => ({
      sessionId: s.id,
      roundIndex: s.roundIndex ?? -1,
      status: s.status,
      overallScore: s.overallScore,
      startedAt: s.startedAt,
      report: (s.report as Report | null | undefined) ?? null,
    })),
  };
}

/** The student's loop with its rounds' sessions (and their reports, for its page); null when it is not theirs. */
export async function loopOf(loopId: string, studentId: string, options: { reports: boolean } = { reports: true }): Promise<StudentLoop | null> {
  const db = await getDb();
  const row = await db.interviewLoop.findFirst({
    where: { id: loopId, studentId },
    include: { sessions: { select: { ...sessionFields, report: options.reports }, orderBy: { startedAt: "asc" } } },
  });
  return row ? toLoop(row) : null;
}

/** The student's latest loops, for the practice page (no reports). */
export async function recentLoops(studentId: string, take = 10): Promise<StudentLoop[]> {
  const db = await getDb();
  const rows = await db.interviewLoop.findMany({
    where: { studentId },
    orderBy: { createdAt: "desc" },
    take,
    include: { sessions: { select: sessionFields, orderBy: { startedAt: "asc" } } },
  });
  return rows.map(toLoop);
}

export type LoopTailoring = { state: "none" } | { state: "deleted" } | { state: "unreadable"; message: string } | { state: "kept"; tailoring: Tailoring };

/**
 * What the loop kept from the resume and job description. "deleted": it used them, and the
 * student has since deleted one (which clears it); "unreadable": the key is missing or changed.
 */
export async function loopTailoring(loopId: string, studentId: string): Promise<LoopTailoring> {
  const db = await getDb();
  const row = await db.interviewLoop.findFirst({ where: { id: loopId, studentId }, select: { tailoring: true, usedResume: true, usedJobDescription: true } });
  if (!row || !(row.usedResume || row.usedJobDescription)) return { state: "none" };
  if (!row.tailoring) return { state: "deleted" };
  try {
    const tailoring = readTailoring(decryptText(row.tailoring, tailoringBinding(loopId)));
    return tailoring ? { state: "kept", tailoring } : { state: "unreadable", message: "The lines kept from your resume and job description could not be read." };
  } catch (error) {
    return { state: "unreadable", message: error instanceof AppError ? error.message : "The lines kept from your resume and job description could not be read." };
  }
}
