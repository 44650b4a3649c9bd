// The report's spoken answers, rendered to HTML: "Spoken answer" on each answer given by voice,
// and a player with a Delete button only where the page passes a kept recording (the student's
// own report); typed answers and an instructor's view show neither player nor button.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import type { Report, ReportQuestion } from "@/graph/state";

const question = (index: number): ReportQuestion => ({
  index,
  kind: "MAIN",
  question: `Question text ${index}`,
  answer: "An answer.",
  verdict: "shallow",
  score: 50,
  covered: [],
  missed: [],
  feedback: "Some feedback.",
  modelAnswer: "A model answer.",
});

const report: Report = {
  overallScore: 50,
  dimensions: { relevance: 60, accuracy: 50, depth: 40, clarity: 70 },
  strengths: [],
  weaknesses: [],
  actionPlan: ["Practise."],
  questions: [question(0), question(1), question(2)],
  endedEarly: false,
  generatedBy: "offline",
};

const render = (speech?: Parameters<typeof ReportView>[0]["speech"]) =>
  renderToStaticMarkup(createElement(ReportView, { topicName: "Data structures", studentName: "Sam", completedAt: null, report, speech }));
const cards = (html: string) => html.split('data-testid="report-question"').slice(1);

describe("spoken answers in the report", () => {
  it("marks spoken answers, and gives a kept recording a player and a Delete button", () => {
    const html = render({ 0: { spoken: true, recordingOf: "sess1" }, 2: { spoken: true } });
    const [first, second, third] = cards(html);
    expect(first).toContain('data-testid="spoken-answer"');
    expect(first).toContain('<audio controls="" preload="metadata" src="/api/interviews/sess1/recordings/0"');
    expect(first).toContain('data-testid="delete-recording"');
    expect(first).toContain('Delete recording<span class="sr-only"> of Question 1</span>');
    expect(second).not.toContain("spoken-answer");
    expect(third).toContain("Spoken answer");
    expect(third).not.toContain("<audio");
  });

  it("shows nothing of the kind without spoken answers (typed, or an old report)", () => {
    const html = render();
    expect(html).not.toContain("spoken-answer");
    expect(html).not.toContain("<audio");
    expect(html).not.toContain("delete-recording");
  });
});
