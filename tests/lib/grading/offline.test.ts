// Properties of the offline grader, not memorised figures.
import { describe, expect, it } from "vitest";
import { deriveKeyPoints, keyPointsFor } from "@/lib/grading/key-points";
import { offlineFollowUp } from "@/lib/grading/follow-up";
import { gradeOffline } from "@/lib/grading/offline";
import { clipToTokens, countTokens } from "@/lib/llm/tokens";
import { DEMO_TOPICS } from "../../../prisma/seed-data";

const ALL = DEMO_TOPICS.flatMap((t) => t.questions);

describe("offline grader", () => {
  it("grades an exact copy of the reference as strong, for every demo question", () => {
    for (const q of ALL) expect(gradeOffline(q, q.referenceAnswer).verdict, q.text).toBe("strong");
  });

  it("grades empty and off-topic answers as wrong", () => {
    for (const q of ALL.slice(0, 6)) {
      expect(gradeOffline(q, "").verdict).toBe("wrong");
      expect(gradeOffline(q, "   ").scores.overall).toBe(0);
      expect(gradeOffline(q, "My favourite football team won on Sunday and the weather was lovely.").verdict).toBe("wrong");
    }
  });

  it("does not grade a negated reference as strong", () => {
    const q = { text: "Explain how a stack and a queue differ.", referenceAnswer: "A stack is last in first out. A queue is first in first out.", keyPoints: [] };
    const negated = gradeOffline(q, "A stack is not last in first out. A queue is not first in first out.");
    expect(negated.verdict).not.toBe("strong");
    expect(negated.scores.overall).toBeLessThan(gradeOffline(q, q.referenceAnswer).scores.overall);
  });

  it("scores a paraphrase with synonyms above unrelated text", () => {
    const q = ALL.find((x) => x.text.startsWith("How does a hash table"))!;
    const paraphrase =
      "A hash function turns the key into a position in an array of buckets, so finding an entry is quick. When two keys land in the same bucket we use chaining. The array gets bigger when the load factor is high.";
    const unrelated = "Recursion is when a function calls itself until it reaches a base case, like computing factorials.";
    expect(gradeOffline(q, paraphrase).scores.overall).toBeGreaterThan(gradeOffline(q, unrelated).scores.overall + 15);
    expect(gradeOffline(q, unrelated).verdict).not.toBe("strong");
  });

  it("quotes the student's own words for covered points", () => {
    const q = ALL[0]!;
    const answer = "Arrays keep elements contiguous in memory, so index access is constant time. Linked lists need pointers.";
    const e = gradeOffline(q, answer);
    expect(e.covered.length).toBeGreaterThan(0);
    for (const c of e.covered) expect(answer).toContain(c.quote.replace(/…$/, ""));
  });

  it("is deterministic", () => {
    const q = ALL[5]!;
    expect(gradeOffline(q, "Sorted order and range queries.")).toEqual(gradeOffline(q, "Sorted order and range queries."));
  });
});

describe("key points", () => {
  it("derives points from the reference when none are given", () => {
    const points = deriveKeyPoints("A process has its own address space. Threads share memory; each thread has its own stack.");
    expect(points).toEqual(["A process has its own address space", "Threads share memory", "each thread has its own stack"]);
    expect(keyPointsFor({ keyPoints: [], referenceAnswer: "Indexes speed up reads. They slow down writes." })).toHaveLength(2);
    expect(keyPointsFor({ keyPoints: [" given point "], referenceAnswer: "ignored" })).toEqual(["given point"]);
    expect(deriveKeyPoints(null)).toEqual([]);
  });

  it("writes follow-ups about the whole missed point, asking for the reasoning", () => {
    const question = offlineFollowUp("a stack is last in first out", 1);
    expect(question).toBe("An example would help here: how would you show a colleague that a stack is last in first out?");
  });
});

describe("token clipping", () => {
  it("clips to the budget and marks the cut", () => {
    const long = "word ".repeat(2000);
    const clipped = clipToTokens(long, 50);
    expect(countTokens(clipped)).toBeLessThanOrEqual(52);
    expect(clipped.endsWith("[…]")).toBe(true);
    expect(clipToTokens("short", 50)).toBe("short");
  });
});
