// Authorization matrix, server actions: every exported action of every "use server" file
// under app/ (a new one fails the test until it is listed here), called as five people.
// Server actions are public endpoints, so a refusal must change nothing and an allowed call
// must do its work (and, for instructors, be audited).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { Prisma } from "../../prisma/generated/client";
import { createBatch, enrollStudent } from "@/lib/db/queries/batches";
import { saveJobDescription, saveResumeDraft } from "@/lib/db/queries/documents";
import { addSampleExamples } from "@/lib/db/queries/grading-examples";
import { createLoop } from "@/lib/db/queries/loops";
import { createResource } from "@/lib/db/queries/resources";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../prisma/seed-data";
import { smtpSinkForFile } from "../support/email-env";
import { FACTORY_PASSWORD, makeBatchWithTopic, makeUser, sessionFor } from "../support/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const student = await import("@/app/(student)/student/actions");
const practice = await import("@/app/(student)/practice/actions");
const documents = await import("@/app/(student)/practice/documents/actions");
const loops = await import("@/app/(student)/practice/loops/actions");
const interviewRoom = await import("@/app/(student)/interview/actions");
const studentLeaderboard = await import("@/app/(student)/student/leaderboard-actions");
const account = await import("@/app/(account)/account/actions");
const instructor = {
  ...(await import("@/app/(instructor)/instructor/email-actions")),
  ...(await import("@/app/(instructor)/instructor/actions")),
  ...(await import("@/app/(instructor)/instructor/question-actions")),
  ...(await import("@/app/(instructor)/instructor/grade-actions")),
  ...(await import("@/app/(instructor)/instructor/example-actions")),
  ...(await import("@/app/(instructor)/instructor/staff-actions")),
  ...(await import("@/app/(instructor)/instructor/assignment-actions")),
  ...(await import("@/app/(instructor)/instructor/leaderboard-actions")),
  ...(await import("@/app/(instructor)/instructor/resource-actions")),
};

const IDENTITIES = ["signedOut", "student", "otherStudent", "instructor", "assistant", "otherInstructor"] as const;
// E-mail is on (a local sink), so the actions that send it can do their work; mails count as a change.
const sink = smtpSinkForFile();

type Identity = (typeof IDENTITIES)[number];
/** "ok": allowed and done; a number: refused with that status; "refused": a form action's { ok: false }. */
type Outcome = "ok" | "refused" | number;

const form = (fields: Record<string, string | Blob>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** A class (owned by "instructor") with two open topics, "student" mid-interview, "otherStudent" in the same class; a second class to join. */
async function world() {
  setEngineModel(null);
  process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString("base64"); // documents are stored encrypted
  resetEnvCache();
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, DEMO_TOPICS[0]!.questions.slice(0, 3));
  const second = await createTopic(ctx.batch.id, { name: "Topic B", unlocked: true });
  await addQuestions(second.id, DEMO_TOPICS[1]!.questions.slice(0, 2));
  const otherStudent = await makeUser("STUDENT");
  await enrollStudent(ctx.batch.id, otherStudent.id);
  const otherInstructor = await makeUser("INSTRUCTOR");
  // "assistant" co-teaches the class: it may look and review grades, not manage.
  const assistant = await makeUser("INSTRUCTOR");
  await (await getDb()).batchStaff.create({ data: { batchId: ctx.batch.id, userId: assistant.id, addedById: ctx.instructor.id } });
  const joinable = await createBatch(ctx.instructor.id, "Another class"); // nobody has joined it yet
  const { view } = await startInterview(ctx.student, { source: "CLASS_TOPIC", topicId: ctx.topic.id });
  await submitAnswer(ctx.student, view.sessionId, 0, { text: "not sure" });
  const db = await getDb();
  const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
  const question = await db.question.findFirstOrThrow({ where: { topicId: ctx.topic.id, turns: { none: {} } } });
  await addSampleExamples(question.id, ctx.instructor.id, [{ answer: "A graded sample.", verdict: "STRONG", score: 90, graderVerdict: "SHALLOW", graderScore: 60, turnId: null }]);
  const example = await db.gradingExample.findFirstOrThrow({ where: { questionId: question.id } });
  // Both students have a resume to check and a job description, so each document action has something to change.
  for (const s of [ctx.student, otherStudent]) {
    await saveResumeDraft(s.id, { text: "Resume text as read from a file", fileName: "cv.pdf" });
    await saveJobDescription(s.id, "A job description");
  }
  // "student" has a loop of one round, not started yet.
  const loopId = await createLoop(
    ctx.student.id,
    {
      role: "Backend engineer",
      family: "backend",
      seniority: "MID",
      language: "en",
      rounds: [{ kind: "SCREENING", questionCount: 3 }],
      usedResume: false,
      usedJobDescription: false,
    },
    null,
  );
  // An open assignment of the second topic (issue 18), for the assignment actions.
  const assignment = await db.assignment.create({
    data: {
      batchId: ctx.batch.id,
      topicId: second.id,
      title: "Assigned",
      opensAt: new Date(Date.now() - 3_600_000),
      dueAt: new Date(Date.now() + 86_400_000),
      createdById: ctx.instructor.id,
    },
  });
  // A topic resource to edit and delete.
  const resource = await createResource(
    ctx.instructor.id,
    { topicId: ctx.topic.id, questionId: null, keyPoint: null },
    { title: "Guide", url: "https://example.com/guide", note: "" },
  );
  const ids: Record<Identity, string | null> = {
    signedOut: null,
    student: ctx.student.id,
    otherStudent: otherStudent.id,
    instructor: ctx.instructor.id,
    assistant: assistant.id,
    otherInstructor: otherInstructor.id,
  };
  return { ...ctx, second, joinable, turn, question, example, loopId, assignment, resource, ids, otherInstructorEmail: otherInstructor.email };
}
type World = Awaited<ReturnType<typeof world>>;

/** Everything an action could change, except counters and the audit log (checked separately). */
async function snapshot(w: World) {
  const db = await getDb();
  const batch = await db.batch.findUniqueOrThrow({
    where: { id: w.batch.id },
    include: { topics: { include: { questions: true } }, enrollments: true, sessions: { include: { turns: true } } },
  });
  return JSON.stringify({
    batch,
    batches: await db.batch.count(),
    users: await db.user.count(),
    speechPrefs: await db.user.findMany({ where: { speechPrefs: { not: Prisma.DbNull } }, select: { id: true, speechPrefs: true }, orderBy: { id: "asc" } }),
    enrollments: await db.enrollment.count(),
    sessions: await db.interviewSession.count(),
    examples: await db.gradingExample.findMany({ orderBy: { id: "asc" } }),
    documents: await db.studentDocument.findMany({ orderBy: { id: "asc" } }),
    loops: await db.interviewLoop.findMany({ orderBy: { id: "asc" } }),
    staff: await db.batchStaff.findMany({ orderBy: { id: "asc" } }),
    assignments: await db.assignment.findMany({ orderBy: { id: "asc" } }),
    resources: await db.resource.findMany({ orderBy: { id: "asc" } }),
    accounts: await db.user.findMany({ select: { id: true, name: true, email: true, passwordHash: true, emailPrefs: true, deletedAt: true }, orderBy: { id: "asc" } }),
    resets: await db.passwordReset.count(),
    mails: sink.messages.length,
  });
}

/** A datetime-local value (UTC) some hours from now. */
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);
const csv = () => new File(["question,difficulty\nInjected question?,easy\n"], "bank.csv", { type: "text/csv" });
// Void actions (plain <form action>) throw; form-state actions return { ok: false } to keep input.
// The owner manages; an assistant is refused with a 403 that says why; another instructor finds nothing (404).
const ownerOnlyVoid = { signedOut: 401, student: 403, otherStudent: 403, instructor: "ok", assistant: 403, otherInstructor: 404 } as const;
const ownerOnlyForm = { signedOut: "refused", student: "refused", otherStudent: "refused", instructor: "ok", assistant: "refused", otherInstructor: "refused" } as const;
// Reviewing grades is open to the class's assistants too.
const staffVoid = { ...ownerOnlyVoid, assistant: "ok" } as const;
const staffForm = { ...ownerOnlyForm, assistant: "ok" } as const;
const anyInstructorForm = { ...ownerOnlyForm, assistant: "ok", otherInstructor: "ok" } as const;
const studentsForm = { signedOut: "refused", student: "ok", otherStudent: "ok", instructor: "refused", assistant: "refused", otherInstructor: "refused" } as const;
const signedInForm = { signedOut: "refused", student: "ok", otherStudent: "ok", instructor: "ok", assistant: "ok", otherInstructor: "ok" } as const;
/** The signed-in caller's e-mail (what the delete form asks them to type). */
const callerEmail = async () => (session.current ? ((await (await getDb()).user.findUnique({ where: { id: session.current.user.id } }))?.email ?? "") : "x@example.com");

type Guarded = { expect: Record<Identity, Outcome>; run: (w: World) => Promise<unknown> };
type Entry = Guarded | { public: string };

/** Keyed "<file under app/>#<export>". */
const MATRIX: Record<string, Entry> = {
  "(auth)/actions.ts#loginAction": { public: "for signed-out visitors; rate-limited per email and per IP (tests/e2e/auth.spec.ts)" },
  "(auth)/actions.ts#signupAction": { public: "anyone may create an account; rate-limited per IP (tests/e2e/auth.spec.ts)" },
  "(auth)/actions.ts#logoutAction": { public: "ends only the caller's own session" },
  "(auth)/password-actions.ts#requestPasswordResetAction": {
    public:
      "for signed-out visitors; the same answer whether or not the address has an account; rate-limited per address and per IP (tests/app/auth/password-reset-actions.test.ts)",
  },
  "(auth)/password-actions.ts#resetPasswordAction": { public: "needs a live single-use token from a reset link (tests/lib/db/password-resets.test.ts)" },
  "(student)/student/actions.ts#joinBatchAction": { expect: studentsForm, run: (w) => student.joinBatchAction({}, form({ code: w.joinable.classCode })) },
  "(student)/practice/actions.ts#startJobPracticeAction": {
    expect: studentsForm,
    run: () => practice.startJobPracticeAction({}, form({ role: "Backend engineer", seniority: "MID", focus: "MIXED", questionCount: "3", language: "en" })),
  },
  "(student)/interview/actions.ts#saveSpeechPrefsAction": {
    expect: studentsForm,
    run: () => interviewRoom.saveSpeechPrefsAction({}, form({ readAloud: "on", rate: "1.2", voice: "" })),
  },
  "(student)/interview/actions.ts#saveKeepRecordingsAction": {
    expect: studentsForm,
    run: () => interviewRoom.saveKeepRecordingsAction({}, form({ keepRecordings: "on" })),
  },
  "(student)/practice/loops/actions.ts#startLoopAction": {
    expect: studentsForm,
    run: () => loops.startLoopAction({}, form({ role: "Backend engineer", seniority: "MID", language: "en", roundKind: "SCREENING", roundCount: "3" })),
  },
  // Only the loop's own student may start its rounds (another student's loop is not found).
  "(student)/practice/loops/actions.ts#startRoundAction": {
    expect: { ...studentsForm, otherStudent: "refused" },
    run: (w) => loops.startRoundAction({}, form({ loopId: w.loopId, roundIndex: "0" })),
  },
  "(student)/practice/documents/actions.ts#confirmResumeAction": {
    expect: studentsForm,
    run: () => documents.confirmResumeAction({}, form({ text: "Resume text, checked and corrected" })),
  },
  "(student)/practice/documents/actions.ts#saveJobDescriptionAction": {
    expect: studentsForm,
    run: () => documents.saveJobDescriptionAction({}, form({ text: "An injected job description" })),
  },
  "(student)/practice/documents/actions.ts#deleteResumeAction": { expect: studentsForm, run: () => documents.deleteResumeAction({}, form({})) },
  "(student)/practice/documents/actions.ts#deleteJobDescriptionAction": { expect: studentsForm, run: () => documents.deleteJobDescriptionAction({}, form({})) },
  "(student)/student/actions.ts#startInterviewAction": { expect: studentsForm, run: (w) => student.startInterviewAction({}, form({ topicId: w.second.id })) },
  "(instructor)/instructor/actions.ts#createBatchAction": { expect: anyInstructorForm, run: () => instructor.createBatchAction({}, form({ name: "New class" })) },
  "(instructor)/instructor/actions.ts#renameBatchAction": { expect: ownerOnlyForm, run: (w) => instructor.renameBatchAction({}, form({ batchId: w.batch.id, name: "Renamed" })) },
  "(instructor)/instructor/actions.ts#regenerateCodeAction": { expect: ownerOnlyVoid, run: (w) => instructor.regenerateCodeAction(form({ batchId: w.batch.id })) },
  "(instructor)/instructor/actions.ts#archiveBatchAction": { expect: ownerOnlyVoid, run: (w) => instructor.archiveBatchAction(form({ batchId: w.batch.id, archived: "true" })) },
  "(instructor)/instructor/actions.ts#batchFeedbackAction": {
    expect: ownerOnlyVoid,
    run: (w) => instructor.batchFeedbackAction(form({ batchId: w.batch.id, showFeedback: "true" })),
  },
  "(instructor)/instructor/actions.ts#removeStudentAction": {
    expect: ownerOnlyVoid,
    run: (w) => instructor.removeStudentAction(form({ batchId: w.batch.id, studentId: w.ids.otherStudent! })),
  },
  "(instructor)/instructor/actions.ts#createTopicAction": { expect: ownerOnlyForm, run: (w) => instructor.createTopicAction({}, form({ batchId: w.batch.id, name: "Injected" })) },
  "(instructor)/instructor/actions.ts#editTopicAction": { expect: ownerOnlyForm, run: (w) => instructor.editTopicAction({}, form({ topicId: w.topic.id, name: "Edited" })) },
  "(instructor)/instructor/actions.ts#topicSettingAction": {
    expect: ownerOnlyVoid,
    run: (w) => instructor.topicSettingAction(form({ topicId: w.topic.id, unlocked: "false", move: "down" })),
  },
  "(instructor)/instructor/actions.ts#topicAdaptiveAction": {
    expect: ownerOnlyVoid,
    run: (w) => instructor.topicAdaptiveAction(form({ topicId: w.topic.id, adaptive: "true" })),
  },
  "(instructor)/instructor/question-actions.ts#addQuestionAction": {
    expect: ownerOnlyForm,
    run: (w) =>
      instructor.addQuestionAction({}, form({ topicId: w.topic.id, text: "Injected question?", difficulty: "HARD", referenceAnswer: "An answer.", keyPoints: "one; two" })),
  },
  "(instructor)/instructor/question-actions.ts#editQuestionAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.editQuestionAction({}, form({ questionId: w.question.id, text: "Edited?", difficulty: "EASY", referenceAnswer: "", keyPoints: "" })),
  },
  "(instructor)/instructor/question-actions.ts#deleteQuestionAction": { expect: ownerOnlyVoid, run: (w) => instructor.deleteQuestionAction(form({ questionId: w.question.id })) },
  "(instructor)/instructor/question-actions.ts#importCsvAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.importCsvAction({}, form({ topicId: w.topic.id, intent: "commit", file: csv() })),
  },
  "(instructor)/instructor/grade-actions.ts#overrideGradeAction": {
    expect: staffForm,
    run: (w) => instructor.overrideGradeAction({}, form({ turnId: w.turn.id, verdict: "STRONG", score: "90", reason: "fair enough" })),
  },
  "(instructor)/instructor/grade-actions.ts#confirmGradeAction": { expect: staffForm, run: (w) => instructor.confirmGradeAction({}, form({ turnId: w.turn.id })) },
  "(instructor)/instructor/example-actions.ts#saveSampleExamplesAction": {
    expect: staffForm,
    run: (w) =>
      instructor.saveSampleExamplesAction(
        {},
        form({
          questionId: w.question.id,
          "rows.0.answer": "An injected sample.",
          "rows.0.verdict": "STRONG",
          "rows.1.answer": "Another.",
          "rows.1.verdict": "WRONG",
          "rows.1.score": "20",
        }),
      ),
  },
  "(instructor)/instructor/example-actions.ts#deleteExampleAction": { expect: staffVoid, run: (w) => instructor.deleteExampleAction(form({ exampleId: w.example.id })) },
  "(instructor)/instructor/staff-actions.ts#addAssistantAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.addAssistantAction({}, form({ batchId: w.batch.id, email: w.otherInstructorEmail })),
  },
  // The owner removes the assistant; the assistant may remove themself (leave the class).
  "(instructor)/instructor/staff-actions.ts#removeAssistantAction": {
    expect: staffVoid,
    run: (w) => instructor.removeAssistantAction(form({ batchId: w.batch.id, userId: w.ids.assistant! })),
  },
  "(instructor)/instructor/assignment-actions.ts#createAssignmentAction": {
    expect: ownerOnlyForm,
    run: (w) =>
      instructor.createAssignmentAction(
        {},
        form({ batchId: w.batch.id, kind: "TOPIC", topicId: w.topic.id, opensAt: inHours(-1), dueAt: inHours(48), timeZone: "UTC", maxAttempts: "2" }),
      ),
  },
  "(instructor)/instructor/assignment-actions.ts#updateAssignmentAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.updateAssignmentAction({}, form({ batchId: w.batch.id, assignmentId: w.assignment.id, title: "Edited", opensAt: inHours(-1), dueAt: inHours(48) })),
  },
  "(instructor)/instructor/assignment-actions.ts#archiveAssignmentAction": {
    expect: ownerOnlyVoid,
    run: (w) => instructor.archiveAssignmentAction(form({ batchId: w.batch.id, assignmentId: w.assignment.id, archived: "true" })),
  },
  // Both students are in the class; the attempt is checked in lib/interview/sources/assignment.ts.
  "(student)/student/actions.ts#startAssignmentAction": { expect: studentsForm, run: (w) => student.startAssignmentAction({}, form({ assignmentId: w.assignment.id })) },
  "(instructor)/instructor/leaderboard-actions.ts#leaderboardSettingsAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.leaderboardSettingsAction({}, form({ batchId: w.batch.id, enabled: "on", metric: "POINTS", period: "7", names: "FULL_NAME" })),
  },
  // Each student may hide only themself, in a class they are in (both are in this one).
  "(student)/student/leaderboard-actions.ts#leaderboardVisibilityAction": {
    expect: studentsForm,
    run: (w) => studentLeaderboard.leaderboardVisibilityAction({}, form({ batchId: w.batch.id, hidden: "true" })),
  },
  "(instructor)/instructor/resource-actions.ts#createResourceAction": {
    expect: ownerOnlyForm,
    run: (w) =>
      instructor.createResourceAction(
        {},
        form({ topicId: w.topic.id, questionId: w.question.id, keyPoint: w.question.keyPoints[0] ?? "", title: "Injected", url: "https://example.com/x", note: "" }),
      ),
  },
  "(instructor)/instructor/resource-actions.ts#updateResourceAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.updateResourceAction({}, form({ resourceId: w.resource.id, title: "Edited", url: "", note: "A note" })),
  },
  "(instructor)/instructor/resource-actions.ts#deleteResourceAction": { expect: ownerOnlyVoid, run: (w) => instructor.deleteResourceAction(form({ resourceId: w.resource.id })) },
  // Account actions act on the caller's own account, whatever their role.
  "(account)/account/actions.ts#renameAccountAction": { expect: signedInForm, run: () => account.renameAccountAction({}, form({ name: "A new name" })) },
  "(account)/account/actions.ts#changePasswordAction": {
    expect: signedInForm,
    run: () => account.changePasswordAction({}, form({ current: FACTORY_PASSWORD, password: "a new password", confirm: "a new password" })),
  },
  "(account)/account/actions.ts#emailPrefsAction": { expect: signedInForm, run: () => account.emailPrefsAction({}, form({ weeklyDigest: "on" })) },
  // The instructor owns a class that is not archived: refused until it is archived.
  "(account)/account/actions.ts#deleteAccountAction": {
    expect: { ...signedInForm, instructor: "refused" },
    run: async () => account.deleteAccountAction({}, form({ confirmEmail: await callerEmail(), password: FACTORY_PASSWORD })),
  },
  "(instructor)/instructor/email-actions.ts#inviteStudentsAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.inviteStudentsAction({}, form({ batchId: w.batch.id, addresses: "new.student@example.com" })),
  },
  "(instructor)/instructor/email-actions.ts#createResetLinkAction": {
    expect: ownerOnlyForm,
    run: (w) => instructor.createResetLinkAction({}, form({ batchId: w.batch.id, studentId: w.ids.student! })),
  },
};

function discoverActions(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        if (!/^["']use server["']/m.test(source)) continue;
        for (const m of source.matchAll(/^export (?:async )?function (\w+)|^export const (\w+)/gm)) found.push(`${path.relative("app", full)}#${m[1] ?? m[2]}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await run()) as { ok?: boolean; message?: string } | undefined;
    if (result && (result.ok === false || (result.ok === undefined && result.message))) return "refused";
    return "ok";
  } catch (error) {
    const e = error as { digest?: string; status?: number };
    if (e.digest?.startsWith("NEXT_REDIRECT")) return "ok"; // these actions end in a redirect on success
    if (typeof e.status === "number") return e.status;
    throw error;
  }
}

const guarded = Object.entries(MATRIX).filter((e): e is [string, Guarded] => "expect" in e[1]);

describe("authorization matrix: server actions", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("lists every server action in the app", () => {
    expect(discoverActions()).toEqual(Object.keys(MATRIX).sort());
    console.log(
      `[authorization] server actions: ${guarded.length * IDENTITIES.length} cases (${guarded.length} guarded actions × ${IDENTITIES.length} identities), ${Object.keys(MATRIX).length - guarded.length} public`,
    );
  });

  for (const identity of IDENTITIES) {
    it(`as ${identity}: each action is allowed or refused as listed; a refusal changes nothing`, async () => {
      // A refused action is checked to change nothing, so the next action may run in the same
      // world; one that was allowed changed it, so the next gets a fresh one.
      let fresh: World | null = null;
      for (const [name, entry] of guarded) {
        fresh ??= await world();
        const w = fresh;
        session.current = w.ids[identity] ? sessionFor({ id: w.ids[identity]!, role: /instructor|assistant/i.test(identity) ? "INSTRUCTOR" : "STUDENT" }) : null;
        const db = await getDb();
        const before = await snapshot(w);
        const auditsBefore = await db.auditLog.count();
        const got = await outcomeOf(() => entry.run(w));
        expect(got, `${name} as ${identity}`).toBe(entry.expect[identity]);
        if (got !== "ok") {
          expect(await snapshot(w), `${name} as ${identity} changed data`).toBe(before);
          expect(await db.auditLog.count(), `${name} as ${identity} wrote an audit entry`).toBe(auditsBefore);
        } else {
          fresh = null;
          expect(await snapshot(w), `${name} as ${identity} did nothing`).not.toBe(before);
          if (identity === "instructor" || identity === "assistant") expect(await db.auditLog.count(), `${name} is not audited`).toBeGreaterThan(auditsBefore);
        }
      }
    }, 120_000);
  }
});
