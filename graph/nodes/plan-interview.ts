// plan_interview: job practice with a model asks it for a plan for the role and level — each
// question with a reference answer and 3–6 key points, checked with zod and repaired once by
// callJson — and keeps the built-in bank's plan (already in state) when that fails. Class
// interviews and offline job practice pass straight through. A loop's round adds the round and,
// from the run's context (never state), lines of the resume and job description to tailor from.
import { z } from "zod";
import { DIFFICULTIES } from "@/lib/domain";
import type { PlannedQuestion } from "@/lib/interview/types";
import { callJson } from "@/lib/llm/call";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { planPrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

/**
 * Spares beyond the questions to ask, so adaptive picking has a choice at every level. Few, and
 * short reference answers, so a 10-question plan (13 + 1 questions) fits the output cap
 * (lib/llm/call-kinds.ts) and the step's deadline.
 */
const SPARE_CONCEPT = 3;
const SPARE_BEHAVIOURAL = 1;

const generatedQuestion = z.object({
  text: z.string().trim().min(10).max(400),
  kind: z.enum(["CONCEPT", "BEHAVIOURAL"]),
  difficulty: z.enum(DIFFICULTIES),
  referenceAnswer: z.string().trim().min(20).max(1200),
  keyPoints: z.array(z.string().trim().min(3).max(160)).min(3).max(6),
  /** Tailored questions: what in the resume or job description it is about (dropped when malformed: it is a label, not the question). */
  basis: z
    .object({ from: z.enum(["resume", "job-description", "both"]), about: z.string().trim().min(1).max(80) })
    .optional()
    .catch(undefined),
});

function planSchema(wanted: { concept: number; behavioural: number }) {
  return z
    .object({ questions: z.array(generatedQuestion).min(1).max(24) })
    .refine((p) => p.questions.filter((q) => q.kind === "CONCEPT").length >= wanted.concept, `at least ${wanted.concept} CONCEPT questions are needed`)
    .refine((p) => p.questions.filter((q) => q.kind === "BEHAVIOURAL").length >= wanted.behavioural, `at least ${wanted.behavioural} BEHAVIOURAL questions are needed`)
    .refine((p) => new Set(p.questions.map((q) => q.text.toLowerCase())).size === p.questions.length, "questions must not repeat");
}

export async function planInterview(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const request = state.generatePlan;
  if (!request) return {};
  const ctx = contextOf(config);
  const schedule = state.kindSchedule;
  const wanted = { concept: schedule.filter((k) => k === "CONCEPT").length, behavioural: schedule.filter((k) => k === "BEHAVIOURAL").length };
  const ask = { concept: wanted.concept && wanted.concept + SPARE_CONCEPT, behavioural: wanted.behavioural && wanted.behavioural + SPARE_BEHAVIOURAL };
  const generated = await tryModel(ctx, { sessionId: state.sessionId, kind: "plan" }, (model, options) =>
    callJson(model, planPrompt({ ...request, ...ask, context: ctx.planContext }), planSchema(wanted), options),
  );
  if (!generated?.ok) return { generatePlan: null }; // the bank plan stays
  const plan: PlannedQuestion[] = generated.value.questions.map(({ basis, ...q }, i) => ({ ...q, id: `generated-${i + 1}`, origin: "generated", ...(basis ? { basis } : {}) }));
  return { plan, generatePlan: null };
}
