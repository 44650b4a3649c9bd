import "server-only";
// Class interviews: a student enrolled in the class, on an unlocked topic, asked the topic's
// bank (questions seen least first, easy → hard; or by the verdicts when the instructor turned
// adaptive difficulty on for the topic). Readable by the student and the class's instructor.
import { teachesClass } from "@/lib/db/queries/class-access";
import { findStartableTopic, questionsForPlan } from "@/lib/db/queries/interviews";
import { AppError } from "@/lib/errors";
import { buildPlan, buildPool } from "../plan";
import { MAX_TURNS } from "../types";
import type { InterviewSource } from "./source";

/** `assigned`: started for an assignment of the topic (lib/interview/sources/assignment.ts), which opens a locked topic. */
export type ClassTopicRequest = { topicId: string; assigned?: boolean };

export const classTopicSource: InterviewSource<ClassTopicRequest> = {
  id: "CLASS_TOPIC",

  openKey: (student, { topicId }) => `${student.id}:${topicId}`,
  openConflict: () => null, // an open interview on the topic is resumed

  async prepare(student, { topicId, assigned = false }) {
    const topic = await findStartableTopic(student.id, topicId, { evenLocked: assigned });
    if (!topic) throw new AppError("not_found:topic", "This topic is not open to you: it may be locked, or you are not in its class.");
    const bank = await questionsForPlan(topicId, student.id);
    if (bank.length === 0) throw new AppError("bad_request:topic", "This topic has no questions yet. Ask your instructor to add some.");
    return {
      openKey: classTopicSource.openKey(student, { topicId }),
      source: "CLASS_TOPIC",
      topicId,
      batchId: topic.batchId,
      title: topic.name,
      questionCount: Math.min(bank.length, MAX_TURNS),
    };
  },

  async plan(session) {
    const topicId = session.topicId!;
    const bank = await questionsForPlan(topicId, session.studentId);
    const adaptive = session.topic?.adaptive ?? false;
    if (!adaptive) return { topicName: session.title, plan: buildPlan(bank, session.id) };
    return { topicName: session.title, plan: buildPool(bank, session.id), mainQuestions: Math.min(bank.length, MAX_TURNS), adaptive: true, startLevel: "EASY" };
  },

  // Follow-ups count towards the 8 turns, so a class interview may end before its last planned question.
  progressLabel: (asked, planned) => (planned ? `Question ${asked} of up to ${planned}` : `Question ${asked}`),

  // The class's owner and its assistants read its students' reports (asked only when the reader is not the student).
  readableBy: async (user, session) => !!session.batchId && (session.topic?.batch.instructorId === user.id || (await teachesClass(session.batchId, user.id))),

  labels: (session) => ({
    // The topic's current name (an instructor may rename it); the name it had at the start otherwise.
    title: session.topic?.name ?? session.title,
    subtitle: session.topic?.batch.name ?? "",
    backHref: "/student",
    backLabel: "Back to your dashboard",
    kind: "Mock interview",
    offersPractiseAgain: false,
  }),
};
