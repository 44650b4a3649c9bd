// Assignments: one home for their limits and messages, used by the instructor's form (in the
// browser), the actions, the data layer and the student's start. A job-practice assignment's
// setup is checked by the job-practice setup schema itself (lib/job-practice/setup.ts).
import { z } from "zod";
import { jobSetupSchema, type JobSetup } from "@/lib/job-practice/setup";
import { isTimeZone, localInputToDate } from "./time";

export const TITLE_MAX_CHARS = 120;
export const INSTRUCTIONS_MAX_CHARS = 2000;
export const MIN_ATTEMPTS = 1;
export const MAX_ATTEMPTS = 20;
/** An assignment may stay open this long at most (a typo in the year is caught). */
export const MAX_OPEN_DAYS = 366;

export const ASSIGNMENT_KINDS = ["TOPIC", "JOB"] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export const assignmentMessages = {
  kind: "Choose a class topic or a job-practice setup.",
  topic: "Choose one of this class's topics.",
  topicGone: "That topic is not in this class any more (it may have been archived). Choose another.",
  title: `Keep the title under ${TITLE_MAX_CHARS} characters.`,
  instructions: `Keep the instructions under ${INSTRUCTIONS_MAX_CHARS} characters.`,
  opensAt: "Enter when the assignment opens (date and time).",
  dueAt: "Enter when the assignment is due (date and time).",
  dueBeforeOpens: "The due date must be after the opening date.",
  dueInPast: "That due date has already passed. Choose a later one.",
  tooLong: `An assignment can stay open for ${MAX_OPEN_DAYS} days at most. Check the years.`,
  attempts: `Attempts: a whole number from ${MIN_ATTEMPTS} to ${MAX_ATTEMPTS}, or leave it empty for no limit.`,
  notFound: "We could not find that assignment.",
  // What a student may be told when they try to start one.
  archived: "Your instructor has withdrawn this assignment.",
  notOpenYet: "This assignment is not open yet.",
  noAttemptsLeft: "You have used all the attempts this assignment allows.",
  topicArchived: "This assignment's topic has been removed by your instructor.",
} as const;

export type DateRefusal = { field: "opensAt" | "dueAt"; message: string };

/** Why these dates cannot be saved, or null. `creating`: a new assignment may not be due already. */
export function dateRefusal(opensAt: Date | null, dueAt: Date | null, { now, creating }: { now: Date; creating: boolean }): DateRefusal | null {
  if (!opensAt) return { field: "opensAt", message: assignmentMessages.opensAt };
  if (!dueAt) return { field: "dueAt", message: assignmentMessages.dueAt };
  if (dueAt.getTime() <= opensAt.getTime()) return { field: "dueAt", message: assignmentMessages.dueBeforeOpens };
  if (creating && dueAt.getTime() <= now.getTime()) return { field: "dueAt", message: assignmentMessages.dueInPast };
  if (dueAt.getTime() - opensAt.getTime() > MAX_OPEN_DAYS * 86_400_000) return { field: "dueAt", message: assignmentMessages.tooLong };
  return null;
}

/** "" (no limit) or 1–20. */
export const maxAttemptsField = z
  .string()
  .trim()
  .max(3, assignmentMessages.attempts)
  .transform((s, ctx) => {
    if (s === "") return null;
    const n = /^\d+$/.test(s) ? Number(s) : Number.NaN;
    if (!Number.isInteger(n) || n < MIN_ATTEMPTS || n > MAX_ATTEMPTS) {
      ctx.addIssue({ code: "custom", message: assignmentMessages.attempts });
      return z.NEVER;
    }
    return n;
  });

const id = z.string().min(1).max(64);
const local = (message: string) => z.string(message).trim().min(1, message).max(40, message);

const timeZoneField = z
  .string()
  .max(64)
  .optional()
  // Unknown or missing (no script ran): the dates are read as UTC, and the form says so.
  .transform((zone) => (zone && isTimeZone(zone) ? zone : "UTC"));

/** When, how many tries and what to say: the fields the create and edit forms share. */
const scheduleFields = {
  title: z.string().trim().max(TITLE_MAX_CHARS, assignmentMessages.title).default(""),
  instructions: z.string().trim().max(INSTRUCTIONS_MAX_CHARS, assignmentMessages.instructions).default(""),
  opensAt: local(assignmentMessages.opensAt),
  dueAt: local(assignmentMessages.dueAt),
  timeZone: timeZoneField,
  maxAttempts: z.string().optional().default("").pipe(maxAttemptsField),
};

export type Schedule = { title: string; instructions: string; opensAt: Date; dueAt: Date; maxAttempts: number | null };

function toSchedule(raw: z.output<z.ZodObject<typeof scheduleFields>>, ctx: z.RefinementCtx, now: Date, creating: boolean): Schedule {
  const opensAt = localInputToDate(raw.opensAt, raw.timeZone);
  const dueAt = localInputToDate(raw.dueAt, raw.timeZone);
  const dates = dateRefusal(opensAt, dueAt, { now, creating });
  if (dates) ctx.addIssue({ code: "custom", path: [dates.field], message: dates.message });
  return { title: raw.title, instructions: raw.instructions, opensAt: opensAt!, dueAt: dueAt!, maxAttempts: raw.maxAttempts };
}

/** The create form: what to do (a topic of the class, or a job-practice setup) and the schedule. */
const createFields = z.object({
  batchId: id,
  kind: z.enum(ASSIGNMENT_KINDS, { message: assignmentMessages.kind }),
  topicId: z.string().trim().max(64).optional(),
  ...scheduleFields,
  // Job practice: the setup's own fields, checked by its own schema.
  role: z.string().optional(),
  seniority: z.string().optional(),
  focus: z.string().optional(),
  questionCount: z.string().optional(),
  language: z.string().optional(),
});

/** A new assignment's content: a topic or a job-practice setup, dates as instants. */
export type NewAssignment = Schedule & { batchId: string } & ({ kind: "TOPIC"; topicId: string } | { kind: "JOB"; setup: JobSetup });

/** The create form. `now` is a parameter so tests can stand at a boundary. */
export function createAssignmentSchema(now: () => Date = () => new Date()) {
  return createFields.transform((raw, ctx): NewAssignment => {
    const schedule = { ...toSchedule(raw, ctx, now(), true), batchId: raw.batchId };
    if (raw.kind === "TOPIC") {
      if (!raw.topicId) ctx.addIssue({ code: "custom", path: ["topicId"], message: assignmentMessages.topic });
      return { ...schedule, kind: "TOPIC", topicId: raw.topicId ?? "" };
    }
    const setup = jobSetupSchema.safeParse({ role: raw.role ?? "", seniority: raw.seniority, focus: raw.focus, questionCount: raw.questionCount, language: raw.language || "en" });
    if (!setup.success) for (const issue of setup.error.issues) ctx.addIssue({ code: "custom", path: issue.path.map(String), message: issue.message });
    return { ...schedule, kind: "JOB", setup: setup.success ? setup.data : (undefined as never) };
  });
}

/**
 * The edit form: the schedule only. What the assignment is (its topic or setup) stays, so the
 * attempts already made stay attempts at the same thing; archive it and create another instead.
 * A past due date may be kept (editing the instructions of an old assignment).
 */
export function updateAssignmentSchema(now: () => Date = () => new Date()) {
  return z
    .object({ batchId: id, assignmentId: id, ...scheduleFields })
    .transform((raw, ctx) => ({ ...toSchedule(raw, ctx, now(), false), batchId: raw.batchId, assignmentId: raw.assignmentId }));
}

/** What starting an attempt depends on. */
export type StartCheck = {
  archivedAt: Date | null;
  opensAt: Date;
  maxAttempts: number | null;
  topic: { archivedAt: Date | null } | null;
};

/**
 * Why the student cannot start a new attempt now, or null. Attempts are the assignment's sessions
 * that got at least one answer (an interview ended with none does not count); an open one is
 * resumed before this is asked. Starting after the due date is allowed, and marked late.
 */
export function startRefusal(a: StartCheck, attemptsUsed: number, now: Date): string | null {
  if (a.archivedAt) return assignmentMessages.archived;
  if (a.topic?.archivedAt) return assignmentMessages.topicArchived;
  if (now.getTime() < a.opensAt.getTime()) return assignmentMessages.notOpenYet;
  if (a.maxAttempts !== null && attemptsUsed >= a.maxAttempts) return assignmentMessages.noAttemptsLeft;
  return null;
}

/** An attempt started after the due date is late; one started at the due date itself is on time. */
export function isLate(dueAt: Date, startedAt: Date): boolean {
  return startedAt.getTime() > dueAt.getTime();
}
