// Without a model, a resume or job description tailors the interview through the skills it
// names: bank questions that ask about those skills come first, each framed with where it came
// from ("You mention Kafka. …"). Which skills a bank question is about is read from its own
// text first, then its model answer, and cached per bank.
import type { BankQuestion } from "@/lib/question-bank";
import { findSkills, type SkillIndex, type SkillMention } from "./find";
import type { Skill } from "./vocabulary";

export type TailoredQuestion = { question: BankQuestion; skill: Skill; framed: string; from: "question" | "answer" };

const skillsOf = new WeakMap<readonly BankQuestion[], Map<string, { inText: Set<string>; inAnswer: Set<string> }>>();

function bankSkills(bank: readonly BankQuestion[], index: SkillIndex) {
  let cached = skillsOf.get(bank);
  if (!cached) {
    cached = new Map(
      bank.map((q) => [
        q.id,
        { inText: new Set(findSkills(q.text, index).map((m) => m.skill.id)), inAnswer: new Set(findSkills(q.referenceAnswer, index).map((m) => m.skill.id)) },
      ]),
    );
    skillsOf.set(bank, cached);
  }
  return cached;
}

/** "You mention Kafka." before the question (in the candidate's own words), so they hear why it is asked. */
export const frameFor = (said: string, question: string) => `You mention ${said}. ${question}`;

/**
 * Up to `limit` bank questions about the candidate's skills, most mentioned skill first, one
 * question per skill while skills last; a question about the skill in its own text beats one
 * whose model answer merely uses it.
 */
export function tailoredQuestions(mentions: readonly SkillMention[], bank: readonly BankQuestion[], index: SkillIndex, limit: number): TailoredQuestion[] {
  const bySkill = bankSkills(bank, index);
  const used = new Set<string>();
  const out: TailoredQuestion[] = [];
  for (const { skill, said } of mentions) {
    if (out.length >= limit) break;
    const pick = (where: "inText" | "inAnswer") => bank.find((q) => !used.has(q.id) && bySkill.get(q.id)![where].has(skill.id));
    const inText = pick("inText");
    const question = inText ?? pick("inAnswer");
    if (!question) continue;
    used.add(question.id);
    out.push({ question, skill, framed: frameFor(said, question.text), from: inText ? "question" : "answer" });
  }
  return out;
}
