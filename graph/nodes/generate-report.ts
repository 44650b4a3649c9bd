// generate_report: scores, strengths and per-question detail computed from the evaluations;
// with a model, weaknesses and the action plan may be written by it (validated, else ours).
// Strengths are never the model's: they come only from answers graded strong.
import { z } from "zod";
import { assembleReport, withModelNarrative } from "@/lib/grading/report";
import { callJson } from "@/lib/llm/call";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { reportPrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

const narrativeSchema = z.object({
  weaknesses: z.array(z.string().min(3).max(300)).max(5),
  actionPlan: z.array(z.string().min(3).max(300)).min(1).max(6),
});

export async function generateReport(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const questions = new Map(state.plan.map((q) => [q.id, q]));
  const endedEarly = state.endRequested;
  const adaptive = state.adaptive ? { plannedMain: state.mainQuestions || state.plan.length } : undefined;
  let report = assembleReport(state.results, questions, { endedEarly, generatedBy: "offline", adaptive });
  if (state.results.length > 0) {
    const narrative = await tryModel(ctx, { sessionId: state.sessionId, kind: "report" }, (model, options) =>
      callJson(model, reportPrompt({ topic: state.topicName, summary: state.summary, results: state.results, language: state.language }), narrativeSchema, options),
    );
    if (narrative?.ok) report = withModelNarrative(report, { strengths: report.strengths, ...narrative.value }, ctx.model!.name);
  }
  await ctx.store.saveReport(state.sessionId, report);
  return { report, current: null };
}
