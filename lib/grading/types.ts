// The one shape every grader fills (offline rules or a model), validated with zod.
import { z } from "zod";

/** A behavioural answer's story parts (situation, task, action, result), as evaluations record them. */
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

const score = z
  .number()
  .min(0)
  .max(100)
  .transform((n) => Math.round(n));

/** The four things every answer is scored on, besides the overall score (also Turn columns). */
export const DIMENSIONS = ["relevance", "accuracy", "depth", "clarity"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** 1–3 sentences of coaching: any longer and it is a paragraph nobody reads mid-interview. */
export const MAX_FEEDBACK_CHARS = 600;

const VERDICTS = ["strong", "shallow", "wrong"] as const;

/** An answer an instructor graded for a question (a GradingExample row): the grader learns from these. */
export type GradingExample = { id: string; answer: string; verdict: (typeof VERDICTS)[number]; score: number };

/** How many examples a grade names as having moved it (closest first). */
export const MAX_INFLUENCING_EXAMPLES = 5;

export const evaluationSchema = z.object({
  verdict: z.enum(VERDICTS),
  scores: z.object({ relevance: score, accuracy: score, depth: score, clarity: score, overall: score }),
  /** 1–3 sentences of coaching. */
  feedback: z.string().trim().min(1).max(MAX_FEEDBACK_CHARS),
  /** Key points the answer covered, each with a short quote from the answer. */
  covered: z.array(z.object({ point: z.string().min(1), quote: z.string() })).max(12),
  /** Key points the answer missed. */
  missed: z.array(z.string().min(1)).max(12),
  /** Behavioural questions: which parts of situation, task, action, result the answer has, and one nudge. */
  star: z
    .object({
      present: z.array(z.enum(STAR_PARTS)).max(4),
      missing: z.array(z.enum(STAR_PARTS)).max(4),
      nudge: z.string().trim().max(300).nullable(),
    })
    .optional(),
  /** The instructor's graded examples that moved this grade, closest first (set by the app, never by a model). */
  examples: z
    .array(z.object({ id: z.string().min(1), verdict: z.enum(VERDICTS), score, similarity: z.number().min(0).max(1) }))
    .max(MAX_INFLUENCING_EXAMPLES)
    .optional(),
});

export type Evaluation = z.infer<typeof evaluationSchema>;
export type VerdictLabel = Evaluation["verdict"];

export type GradableQuestion = { text: string; referenceAnswer: string | null; keyPoints: string[] };
