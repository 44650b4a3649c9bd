// Input rules for interview requests, shared by route handlers and server actions.
import { z } from "zod";
import { idParam } from "@/lib/http/params";
import { MAX_ANSWER_CHARS } from "./limits";

export const startSchema = z.object({ topicId: z.string().trim().min(1, "Choose a topic.").max(64) });

export const answerSchema = z.object({
  turn: z.number().int().min(0).max(100),
  answer: z
    .string()
    // NUL cannot be stored in PostgreSQL text and is never meaningful in an answer.
    .transform((s) => s.replace(/\u0000/g, ""))
    .pipe(
      z
        .string()
        .max(MAX_ANSWER_CHARS, `Answers are limited to ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`)
        .refine((s) => s.trim().length > 0, "Write an answer first — if you are not sure, say what you do know."),
    ),
});

export const sessionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, "Unknown interview.");

/** The :sessionId route segment, or a 404 that does not reveal whether such an id exists. */
export const sessionParams = idParam("sessionId", sessionIdSchema, "not_found:interview", "We could not find that interview.");
