// A spoken answer through the interview: its timing is checked like its text (bounded, nothing
// extra) and kept with the answer (Turn.answerExtra), so the answer records that it was spoken;
// it is graded on its text like a typed one.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getTurnAnswer } from "@/lib/db/queries/interviews";
import { answerSchema } from "@/lib/interview/answer";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
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
});
