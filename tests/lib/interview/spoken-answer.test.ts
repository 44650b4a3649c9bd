// A spoken answer through the interview: its timing is checked like its text (bounded, nothing
// extra) and kept with the answer (Turn.answerExtra), so the answer records that it was spoken;
// it is graded on its text like a typed one.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getTurnAnswer } from "@/lib/db/queries/interviews";
import { answerSchema } from "@/lib/interview/answer";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import { MAX_TIMED_WORDS } from "@/lib/speech/limits";

import { makeUser } from "../../support/factories";

beforeAll(() => setEngineModel(null));

const spoken = {
  durationSeconds: 4.2,
  words: [
    { word: "Indexes", start: 0, end: 0.6 },
    { word: "speed", start: 0.7, end: 1.0 },
    { word: "up", start: 1.0, end: 1.2 },
    { word: "reads.", start: 1.2, end: 1.6 },
  ],
  transcribedBy: "server" as const,
};

describe("spoken answers", () => {
  it("keeps the timing with the answer and grades the text", async () => {
    const student = await makeUser("STUDENT");
    const { view } = await startInterview(student, {
      source: "JOB_PRACTICE",
      setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
    });
    const answer = answerSchema.parse({ text: "Indexes speed up reads.", spoken });
    const next = await submitAnswer(student, view.sessionId, view.pending!.turn, answer);
    expect(next.turnsAnswered).toBe(1);
    expect(await getTurnAnswer(view.sessionId, 0)).toEqual({ answer: { text: "Indexes speed up reads.", spoken } });
    const db = await getDb();
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
    expect(turn.verdict).not.toBeNull();
  });

  it("refuses timing that is not what a recording gives", () => {
    const bad = (over: object) => answerSchema.safeParse({ text: "An answer.", spoken: { ...spoken, ...over } }).success;
    expect(bad({})).toBe(true);
    expect(bad({ durationSeconds: 0 })).toBe(false);
    expect(bad({ durationSeconds: 4000 })).toBe(false);
    expect(bad({ transcribedBy: "magic" })).toBe(false);
    expect(bad({ extra: "field" })).toBe(false);
    expect(bad({ words: Array.from({ length: MAX_TIMED_WORDS + 1 }, (_, i) => ({ word: "w", start: i / 10, end: i / 10 })) })).toBe(false);
    expect(bad({ silencesMs: [-1] })).toBe(false);
  });

  it("gives a spoken answer delivery feedback in the report, measured on what was heard, and a typed one its wording only", async () => {
    const student = await makeUser("STUDENT");
    const { view } = await startInterview(student, {
      source: "JOB_PRACTICE",
      setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
    });
    const text = "Um, an index is, you know, a sorted structure over a column, so a lookup skips most rows. Maybe it slows writes. PostgreSQL uses B-trees by default.";
    const words = text.split(" ").map((word, i) => ({ word, start: i * 0.5 + (i === 10 ? 3 : 0), end: i * 0.5 + 0.4 + (i === 10 ? 3 : 0) }));
    // The student tidied the transcript before submitting: delivery still counts the fillers heard.
    const tidied = text.replace("Um, ", "").replace(" you know,", "");
    let next = await submitAnswer(student, view.sessionId, 0, answerSchema.parse({ text: tidied, spoken: { durationSeconds: 17, words, heard: text, transcribedBy: "browser" } }));
    next = await submitAnswer(student, view.sessionId, next.pending!.turn, { text: "A typed answer about indexes and reads, and how a B-tree keeps keys in order." });
    await endInterview(student, view.sessionId);
    const done = await getInterviewView(student, view.sessionId);
    const spokenTurn = done.delivery[0]!.metrics;
    expect(done.delivery[0]!.spoken).toBe(true);
    // Key terms come with a model answer that names skills (the question differs from run to run).
    expect(spokenTurn.map((m) => m.id).filter((id) => id !== "key-terms")).toEqual(["pace", "fillers", "hedges", "pauses", "length", "repeats"]);
    expect(spokenTurn.find((m) => m.id === "pace")!.value).toBe(`${Math.round(words.length / (17 / 60))} words a minute`);
    expect(spokenTurn.find((m) => m.id === "fillers")!.value).toMatch(/^2 /);
    expect(spokenTurn.find((m) => m.id === "pauses")!.value).toBe("1 (longest 3.1 s)");
    const typed = Object.entries(done.delivery).filter(([index]) => index !== "0");
    expect(typed.length).toBeGreaterThan(0);
    for (const [, d] of typed) {
      expect(d.spoken).toBe(false);
      expect(d.metrics.map((m) => m.id).filter((id) => id !== "key-terms")).toEqual(["length"]);
    }
  });
});
