// Resources in the report: a missed point links to the instructor's resource (safely: a new tab,
// no opener, no referrer), a link that is not http(s) is shown as text, and the action plan lists
// each resource once as "Read: …".
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/report/report-view";
import type { Report } from "@/lib/interview/types";
import { matchResources } from "@/lib/resources/match";

const report: Report = {
  overallScore: 40,
  dimensions: { relevance: 60, accuracy: 40, depth: 30, clarity: 50 },
  strengths: [],
  weaknesses: [],
  actionPlan: ["Review question 1."],
  questions: [
    {
      index: 0,
      kind: "MAIN",
      question: "How does a hash table work?",
      answer: "It is fast.",
      verdict: "shallow",
      score: 40,
      covered: [],
      missed: ["collisions are handled by chaining", "the table resizes"],
      feedback: "Thin.",
      modelAnswer: "A model answer.",
    },
  ],
  endedEarly: false,
  generatedBy: "offline",
};

const resources = [
  { id: "r1", questionId: "q1", keyPoint: "Collisions are handled by chaining.", title: "Chaining explained", url: "https://example.com/chaining", note: "" },
  { id: "r2", questionId: null, keyPoint: null, title: "Old link", url: "javascript:alert(1)", note: "Ask me for the slides." },
];

const render = (withResources: boolean) =>
  renderToStaticMarkup(
    createElement(ReportView, {
      topicName: "Data structures",
      studentName: "Sam",
      completedAt: null,
      report,
      resources: withResources ? matchResources(report.questions, new Map([[0, "q1"]]), resources) : undefined,
    }),
  );

describe("report resources", () => {
  it("links each missed point to its resource, safely, and lists them in the action plan", () => {
    const html = render(true);
    expect(html).toContain('<a href="https://example.com/chaining" target="_blank" rel="noopener noreferrer"');
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Old link"); // shown, as text, with its note
    expect(html).toContain("Ask me for the slides.");
    const plan = html.slice(html.indexOf('data-testid="action-plan"'), html.indexOf("questions-heading"));
    expect(plan.match(/data-testid="plan-resource"/g)).toHaveLength(2);
    expect(plan).toContain("Read: ");
    const missed = html.slice(html.indexOf('data-testid="missed"'));
    expect(missed.match(/data-testid="missed-resources"/g)).toHaveLength(2);
  });

  it("shows nothing extra without resources", () => {
    const html = render(false);
    expect(html).not.toContain("resource");
  });
});
