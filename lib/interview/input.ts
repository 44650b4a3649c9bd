// Input rules for interview requests, shared by route handlers and server actions.
import { z } from "zod";
import { idParam } from "@/lib/http/params";
import { ROUND_KINDS } from "@/lib/job-practice/rounds";
import { jobSetupSchema } from "@/lib/job-practice/setup";
import { answerSchema as answerValue } from "./answer";

const chooseTopic = "Choose a topic to start.";
const topicId = z.string(chooseTopic).trim().min(1, chooseTopic).max(64, chooseTopic);
const chooseRound = "Choose a round of one of your loops.";
const loopRoundFields = {
  loopId: z.string(chooseRound).trim().min(1, chooseRound).max(64, chooseRound),
  // A number, or digits (a form field): never an empty field or null read as round 0.
  roundIndex: z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,2}$/),
      ],
      { message: chooseRound },
    )
    .transform(Number)
    .pipe(
      z
        .number()
        .int(chooseRound)
        .min(0, chooseRound)
        .max(ROUND_KINDS.length - 1, chooseRound),
    ),
};

const chooseAssignment = "Choose one of your assignments.";
const assignmentId = z.string(chooseAssignment).trim().min(1, chooseAssignment).max(64, chooseAssignment);

/** A class topic's interview ({ topicId }, the source by default), job practice with its setup, a loop's round, or an assignment's attempt. */
export const startSchema = z.preprocess(
  (value) => (value && typeof value === "object" && !("source" in value) ? { ...value, source: "CLASS_TOPIC" } : value),
  z.discriminatedUnion(
    "source",
    [
      z.object({ source: z.literal("CLASS_TOPIC"), topicId }),
      z.object({ source: z.literal("JOB_PRACTICE"), setup: jobSetupSchema }),
      z.object({ source: z.literal("JOB_LOOP_ROUND"), ...loopRoundFields }),
      z.object({ source: z.literal("ASSIGNMENT"), assignmentId }),
    ],
    { message: "Choose a class topic, a job-practice setup, a round of one of your loops or an assignment." },
  ),
);

/** A loop's round: which loop, and the round's 0-based place in it (server actions read these from FormData). */
export const loopRoundStartSchema = z.object(loopRoundFields);

/** An assignment's start button (server actions read it from FormData). */
export const assignmentStartSchema = z.object({ assignmentId });

/** The class form's field alone (server actions read it from FormData). */
export const topicStartSchema = z.object({ topicId });

export const answerSchema = z.object({
  turn: z.number().int().min(0).max(100),
  answer: answerValue,
});

export const sessionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, "Unknown interview.");

/** The :sessionId route segment, or a 404 that does not reveal whether such an id exists. */
export const sessionParams = idParam("sessionId", sessionIdSchema, "not_found:interview", "We could not find that interview.");
