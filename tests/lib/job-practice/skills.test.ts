// Skills found in written resumes and job descriptions (our own, invented ones), matched as whole
// words with case only where a name is also an English word, and matched to bank questions with
// "You mention X" framing. Linear in the text's length.
import { describe, expect, it } from "vitest";
import { findSkills, indexSkills } from "@/lib/job-practice/skills/find";
import { tailoredQuestions } from "@/lib/job-practice/skills/match";
import { SKILLS } from "@/lib/job-practice/skills/vocabulary";
import { TECHNICAL_BANK } from "@/lib/question-bank";

const index = indexSkills(SKILLS);
const ids = (text: string) => findSkills(text, index).map((m) => m.skill.id);

const BACKEND_RESUME = `Priya Raman — Backend engineer
Northwind Logistics (2021–2024): moved the order pipeline to Kafka and wrote its consumers in Go;
tuned PostgreSQL queries and added Redis caching; ran everything on Kubernetes with Terraform.
Before that: Python and Django at a small agency. Mentored two junior developers.`;

const FRONTEND_JD = `We are hiring a frontend developer. You will build accessible interfaces in React and TypeScript,
write tests with Playwright, and work with designers. Experience with Next.js and CSS is a plus.`;

describe("skills in a text", () => {
  it("finds the technologies and practices a resume names, with the line that names them", () => {
    const found = findSkills(BACKEND_RESUME, index);
    const got = found.map((m) => m.skill.id);
    for (const skill of ["kafka", "go", "postgresql", "redis", "kubernetes", "terraform", "python", "django"]) expect(got, skill).toContain(skill);
    const kafka = found.find((m) => m.skill.id === "kafka")!;
    expect(kafka.evidence).toContain("order pipeline to Kafka");
    expect(kafka.said).toBe("Kafka");
  });

  it("finds a job description's requirements, including dotted names", () => {
    for (const skill of ["react", "typescript", "playwright", "nextjs", "css"]) expect(ids(FRONTEND_JD), skill).toContain(skill);
  });

  it("does not read everyday words as technologies", () => {
    const everyday = "I go to the gym, then react calmly to feedback; rust on my bike, a swift reply, and a spark of an idea. We express our views and excel at teamwork.";
    const got = ids(everyday);
    for (const id of ["go", "react", "rust", "swift", "spark", "express", "excel"]) expect(got, id).not.toContain(id);
  });

  it("counts repeated mentions, most mentioned first, and stays linear", () => {
    const found = findSkills("Kafka, Kafka and Kafka; also PostgreSQL.", index);
    expect(found[0]).toMatchObject({ skill: { id: "kafka" }, count: 3 });
    const time = (n: number) => {
      const text = `${BACKEND_RESUME}\n`.repeat(n);
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        findSkills(text, index);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(20);
    expect(time(400) / Math.max(1, time(100))).toBeLessThan(12);
  });
});

describe("tailored questions from the bank", () => {
  it("asks about the skills the candidate names first, framed with where they came from", () => {
    const mentions = findSkills(FRONTEND_JD, index);
    const picked = tailoredQuestions(mentions, TECHNICAL_BANK.frontend, index, 3);
    expect(picked.length).toBeGreaterThan(0);
    for (const p of picked) {
      expect(p.framed).toBe(`You mention ${mentions.find((m) => m.skill.id === p.skill.id)!.said}. ${p.question.text}`);
      expect(mentions.map((m) => m.skill.id)).toContain(p.skill.id);
    }
    expect(new Set(picked.map((p) => p.question.id)).size).toBe(picked.length);
  });
});

describe("the skills vocabulary", () => {
  it("has unique ids, no spelling claimed by two skills, lower-case aliases, and every family covered", async () => {
    const { ROLE_FAMILIES } = await import("@/lib/question-bank");
    expect(new Set(SKILLS.map((s) => s.id)).size).toBe(SKILLS.length);
    const owner = new Map<string, string>();
    for (const s of SKILLS) {
      for (const alias of s.aliases) expect(alias, `${s.id}: ${alias}`).toBe(alias.toLowerCase());
      const forms = [...(s.exact ?? []).map((e) => `=${e}`), ...[s.name.toLowerCase(), ...s.aliases].filter((a) => !s.exact?.some((e) => e.toLowerCase() === a))];
      for (const f of new Set(forms)) {
        expect(owner.get(f), `"${f}" is claimed by ${owner.get(f)} and ${s.id}`).toBeUndefined();
        owner.set(f, s.id);
      }
    }
    for (const family of ROLE_FAMILIES) expect(SKILLS.filter((s) => s.families.includes(family)).length, family).toBeGreaterThanOrEqual(15);
  });
});
