// The report page's view: numbering, who graded each answer, who wrote the summary, an honest
// account of an early end, and the radar's data table — rendered to HTML, no browser needed.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import type { Report, ReportQuestion } from "@/graph/state";

const question = (index: number, kind: ReportQuestion["kind"], extra: Partial<ReportQuestion> = {}): ReportQuestion => ({
  index,
  kind,
  question: `Question text ${index}`,
  answer: "An answer.",
  verdict: "shallow",
  score: 50,
  covered: [],
  missed: [],
  feedback: "Some feedback.",
  modelAnswer: "A model answer.",
  ...extra,
});

const report = (extra: Partial<Report> = {}): Report => ({
  overallScore: 50,
  dimensions: { relevance: 60, accuracy: 50, depth: 40, clarity: 70 },
  strengths: [],
  weaknesses: [],
  actionPlan: ["Practise."],
  questions: [question(0, "MAIN"), question(1, "FOLLOW_UP", { grader: "offline (model timeout)" }), question(2, "MAIN", { grader: "model:gpt-test" })],
  endedEarly: false,
  generatedBy: "offline",
  ...extra,
});

const render = (r: Report) => renderToStaticMarkup(createElement(ReportView, { topicName: "Data structures", studentName: "Sam", completedAt: null, report: r }));
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("ReportView", () => {
  it("numbers main questions 1…n and follow-ups 1a, and says when the built-in grader stood in for the model", () => {
    const html = render(report());
    const labels = [...html.matchAll(/data-testid="question-label">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(["Question 1", "Follow-up 1a", "Question 2"]);
    const notes = [...html.matchAll(/data-testid="grader-note">([^<]+)</g)].map((m) => m[1]);
    expect(notes).toEqual(["Graded by the built-in grader because the AI model took too long to answer. It compares your answer with the model answer&#x27;s key points."]);
    expect(text(html)).toContain("Summary written by the built-in grader.");
    expect(text(render(report({ generatedBy: "model:gpt-test" })))).toContain("Summary written by the AI model gpt-test.");
  });

  it("after an early end, says how many questions were answered and lists the rest; no strengths is said plainly", () => {
    const t = text(render(report({ endedEarly: true, planned: 8, notReached: ["Unasked one?", "Unasked two?"], questions: [question(0, "MAIN", { verdict: "wrong" })] })));
    expect(t).toContain("Ended early: you answered 1 of 8 questions.");
    expect(t).toContain("Not answered");
    expect(t).toContain("Unasked two?");
    expect(t).toContain("None yet: no answer was graded strong.");
    expect(t).not.toContain("every question");
  });

  it("gives the radar a data table and keeps its SVG out of the tab order and the accessibility tree", () => {
    const html = render(report());
    expect(html).toMatch(/<table class="sr-only" data-testid="dimension-table">.*<th scope="row">Relevance<\/th><td>60<\/td>/);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"[^>]*focusable="false"/);
    expect(html).not.toContain("recharts");
  });
});
