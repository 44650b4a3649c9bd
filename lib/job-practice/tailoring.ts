// What a loop keeps from the student's resume and job description: the skills each names, with
// the line that names them. Kept encrypted on the loop (never in the interview's checkpoint), it
// tailors each round's questions and fills the report's gap table. No server imports.
import { z } from "zod";
import { findSkills, indexSkills, type SkillIndex, type SkillMention } from "./skills/find";
import { SKILLS } from "./skills/vocabulary";

/** Skills kept per document: enough for every round's tailored questions and a readable gap table. */
const MAX_SKILLS = 20;

const mentionSchema = z.object({ skillId: z.string(), name: z.string(), said: z.string(), evidence: z.string(), count: z.number().int() });
export const tailoringSchema = z.object({ resume: z.array(mentionSchema), requirements: z.array(mentionSchema) });

export type KeptMention = z.infer<typeof mentionSchema>;
export type Tailoring = z.infer<typeof tailoringSchema>;

let index: SkillIndex | null = null;
export const skillIndex = (): SkillIndex => (index ??= indexSkills(SKILLS));

const keep = (mentions: SkillMention[]): KeptMention[] =>
  mentions.slice(0, MAX_SKILLS).map((m) => ({ skillId: m.skill.id, name: m.skill.name, said: m.said, evidence: m.evidence, count: m.count }));

export function buildTailoring(resume: string | null, jobDescription: string | null): Tailoring | null {
  if (!resume && !jobDescription) return null;
  return { resume: resume ? keep(findSkills(resume, skillIndex())) : [], requirements: jobDescription ? keep(findSkills(jobDescription, skillIndex())) : [] };
}

export function readTailoring(json: string): Tailoring | null {
  try {
    const parsed = tailoringSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type TailoringSkill = KeptMention & { from: "resume" | "job-description" | "both" };

/**
 * The skills to ask about, best first: those the role asks for and the resume claims, then the
 * role's other requirements, then the rest of the resume (each list in its own order).
 */
export function skillsToAsk(t: Tailoring): TailoringSkill[] {
  const inResume = new Map(t.resume.map((m) => [m.skillId, m]));
  const required = new Set(t.requirements.map((m) => m.skillId));
  const both = t.requirements.filter((m) => inResume.has(m.skillId)).map((m) => ({ ...inResume.get(m.skillId)!, from: "both" as const }));
  const jdOnly = t.requirements.filter((m) => !inResume.has(m.skillId)).map((m) => ({ ...m, from: "job-description" as const }));
  const resumeOnly = t.resume.filter((m) => !required.has(m.skillId)).map((m) => ({ ...m, from: "resume" as const }));
  return [...both, ...jdOnly, ...resumeOnly];
}

/** The lines a model planning a round may read (short, so the prompt stays within its budget). */
export function tailoringLines(t: Tailoring, max = 6): string[] {
  return skillsToAsk(t)
    .slice(0, max)
    .map((s) => (s.from === "job-description" ? `Job description asks for ${s.name}: ${s.evidence}` : `Resume (${s.name}): ${s.evidence}`));
}
