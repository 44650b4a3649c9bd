// A free-text job title picks the family of the practice interview and pre-selects a seniority;
// anything unclear is a general (full-stack) software interview, flagged unmatched.
import type { Seniority } from "@/lib/domain";
import { describe, expect, it } from "vitest";
import { FAMILIES, familyForTitle, TITLE_SUGGESTIONS } from "@/lib/job-practice/families";

import { ROLE_FAMILIES, type RoleFamily } from "@/lib/question-bank/types";

const cases: [title: string, family: RoleFamily, seniority: Seniority | null][] = [
  // General software titles: full stack when nothing says otherwise.
  ["SWE", "fullstack", null],
  ["Software engineer", "fullstack", null],
  ["Software developer", "fullstack", null],
  ["Junior developer", "fullstack", "JUNIOR"],
  ["Staff software engineer", "fullstack", "LEAD"],
  ["Full stack developer", "fullstack", null],
  ["Senior full-stack engineer", "fullstack", "SENIOR"],
  ["Fullstack dev", "fullstack", null],
  ["Full-stack React developer", "fullstack", null],
  ["React/Node developer", "fullstack", null],
  ["Frontend and backend developer", "fullstack", null],
  // Frontend.
  ["Senior React developer", "frontend", "SENIOR"],
  ["Vue.js developer", "frontend", null],
  ["Angular developer", "frontend", null],
  ["Frontend engineer", "frontend", null],
  ["Sr. Front-End Dev", "frontend", "SENIOR"],
  ["UI engineer", "frontend", null],
  ["Web developer", "frontend", null],
  // Backend.
  ["Backend engineer", "backend", null],
  ["Back-end developer", "backend", null],
  ["Staff backend engineer", "backend", "LEAD"],
  ["Java developer", "backend", null],
  ["Senior Go engineer", "backend", "SENIOR"],
  ["Golang developer", "backend", null],
  ["Node.js developer", "backend", null],
  ["Django developer", "backend", null],
  ["Ruby on Rails engineer", "backend", null],
  [".NET developer", "backend", null],
  ["C# developer", "backend", null],
  ["API developer", "backend", null],
  ["Platform API engineer", "backend", null],
  ["Data engineer", "backend", null],
  ["Kotlin backend engineer", "backend", null],
  ["Backend engineer, React a plus", "backend", null],
  // Data science and ML.
  ["ML engineer", "data-ml", null],
  ["Machine learning engineer", "data-ml", null],
  ["Data scientist", "data-ml", null],
  ["Principal data scientist", "data-ml", "LEAD"],
  ["AI engineer", "data-ml", null],
  ["MLOps engineer", "data-ml", null],
  ["NLP engineer", "data-ml", null],
  ["Computer vision researcher", "data-ml", null],
  // Data analysis.
  ["Data analyst", "data-analyst", null],
  ["Entry-level data analyst", "data-analyst", "JUNIOR"],
  ["BI developer", "data-analyst", null],
  ["Business intelligence analyst", "data-analyst", null],
  ["Analytics engineer", "data-analyst", null],
  ["SQL analyst", "data-analyst", null],
  // DevOps and SRE.
  ["SRE", "devops-sre", null],
  ["Site reliability engineer", "devops-sre", null],
  ["DevOps engineer", "devops-sre", null],
  ["Platform engineer", "devops-sre", null],
  ["Cloud engineer", "devops-sre", null],
  ["Infrastructure engineer", "devops-sre", null],
  ["Kubernetes administrator", "devops-sre", null],
  // Mobile: "React Native" wins over "React"; the area beats the language.
  ["React Native developer", "mobile", null],
  ["iOS developer", "mobile", null],
  ["Android engineer", "mobile", null],
  ["Java Android developer", "mobile", null],
  ["Mobile developer", "mobile", null],
  ["Swift developer", "mobile", null],
  ["Kotlin developer", "mobile", null],
  ["Flutter developer", "mobile", null],
  // QA and testing.
  ["QA engineer", "qa-testing", null],
  ["QA automation engineer", "qa-testing", null],
  ["Manual tester", "qa-testing", null],
  ["Test engineer", "qa-testing", null],
  ["SDET", "qa-testing", null],
  ["Quality assurance analyst", "qa-testing", null],
  ["Automation engineer", "qa-testing", null],
  ["Software engineer in test", "qa-testing", null],
  ["QA lead", "qa-testing", "LEAD"],
  ["Mobile QA engineer", "qa-testing", null],
  // Product and project.
  ["Product manager", "product-project", null],
  ["PM", "product-project", null],
  ["Senior product owner", "product-project", "SENIOR"],
  ["Project manager", "product-project", null],
  ["Program manager", "product-project", null],
  ["Scrum master", "product-project", null],
  ["TPM", "product-project", null],
  ["Technical program manager", "product-project", null],
  ["AI product manager", "product-project", null],
  // Seniority words.
  ["Software engineering intern", "fullstack", "INTERN"],
  ["Frontend internship", "frontend", "INTERN"],
  ["Graduate software engineer", "fullstack", "JUNIOR"],
  ["Jr. backend dev", "backend", "JUNIOR"],
  ["Mid-level iOS developer", "mobile", "MID"],
  ["Lead DevOps engineer", "devops-sre", "LEAD"],
  ["Senior Staff ML engineer", "data-ml", "LEAD"],
];

describe("familyForTitle", () => {
  it.each(cases)("%s → %s", (title, family, seniority) => {
    expect(familyForTitle(title)).toEqual({ family, matched: true, seniority });
  });

  it("is case-insensitive and tolerant of punctuation", () => {
    expect(familyForTitle("SENIOR REACT DEVELOPER")).toEqual(familyForTitle("senior react developer"));
    expect(familyForTitle("  front–end // engineer!! ")).toEqual({ family: "frontend", matched: true, seniority: null });
    expect(familyForTitle("Sr.Backend-Engineer")).toEqual({ family: "backend", matched: true, seniority: "SENIOR" });
  });

  it("matches whole words only", () => {
    // "Reactor", "golfer", "aqua", "seniority" and "internal" only contain hint words.
    expect(familyForTitle("Reactor operator")).toEqual({ family: "fullstack", matched: false, seniority: null });
    expect(familyForTitle("Aqua golfer")).toEqual({ family: "fullstack", matched: false, seniority: null });
    expect(familyForTitle("Seniority officer").seniority).toBeNull();
    expect(familyForTitle("Misleading internal title").seniority).toBeNull();
  });

  it("gives gibberish, empty and blank titles a general software interview, unmatched", () => {
    for (const title of ["xqzzt blorp", "", "   ", "!!!", "Chef"]) {
      expect(familyForTitle(title)).toEqual({ family: "fullstack", matched: false, seniority: null });
    }
  });

  it("gives a tie between unrelated families a general interview, unmatched", () => {
    expect(familyForTitle("Kotlin Java developer")).toEqual({ family: "fullstack", matched: false, seniority: null });
  });

  it("keeps a seniority even when the family is unknown", () => {
    expect(familyForTitle("Staff engineer")).toEqual({ family: "fullstack", matched: false, seniority: "LEAD" });
  });

  it("reads only the first 200 characters of a very long title, quickly", () => {
    const long = `Senior iOS developer ${"blah ".repeat(50_000)} data scientist`;
    const started = performance.now();
    expect(familyForTitle(long)).toEqual({ family: "mobile", matched: true, seniority: "SENIOR" });
    expect(familyForTitle("x".repeat(1_000_000))).toEqual({ family: "fullstack", matched: false, seniority: null });
    expect(familyForTitle(`${"a".repeat(300)} SRE`)).toEqual({ family: "fullstack", matched: false, seniority: null });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("FAMILIES and TITLE_SUGGESTIONS", () => {
  it("describes every family under its own id, in one line", () => {
    expect(Object.keys(FAMILIES).sort()).toEqual([...ROLE_FAMILIES].sort());
    for (const id of ROLE_FAMILIES) {
      expect(FAMILIES[id].id).toBe(id);
      expect(FAMILIES[id].label.length).toBeGreaterThan(0);
      expect(FAMILIES[id].blurb).toMatch(/^[^\n]{20,120}$/);
    }
  });

  it("offers at least 30 distinct suggestions, each recognised, covering every family", () => {
    expect(TITLE_SUGGESTIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TITLE_SUGGESTIONS.map((t) => t.toLowerCase())).size).toBe(TITLE_SUGGESTIONS.length);
    const families = new Set<RoleFamily>();
    for (const title of TITLE_SUGGESTIONS) {
      const result = familyForTitle(title);
      expect(result.matched, title).toBe(true);
      families.add(result.family);
    }
    expect([...families].sort()).toEqual([...ROLE_FAMILIES].sort());
  });
});
