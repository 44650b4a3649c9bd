// The one shape every grader fills (offline rules or a model), validated with zod.
import { z } from "zod";

const score = z
  .number()
  .min(0)
  .max(100)
  .transform((n) => Math.round(n));

export const evaluationSchema = z.object({
  verdict: z.enum(["strong", "shallow", "wrong"]),
  scores: z.object({ relevance: score, accuracy: score, depth: score, clarity: score, overall: score }),
  /** 1–3 sentences of coaching. */
  feedback: z.string().trim().min(1).max(600),
  /** Key points the answer covered, each with a short quote from the answer. */
  covered: z.array(z.object({ point: z.string().min(1), quote: z.string() })).max(12),
  /** Key points the answer missed. */
  missed: z.array(z.string().min(1)).max(12),
});

export type Evaluation = z.infer<typeof evaluationSchema>;
export type VerdictLabel = Evaluation["verdict"];

export type GradableQuestion = { text: string; referenceAnswer: string | null; keyPoints: string[] };
