// The delivery trend across interviews: one point per finished interview with a spoken answer
// (typed answers skipped), rates pooled over the answers rather than averaged, the summary
// comparing the latest with the earlier interviews pooled, the newest interviews only.
import { describe, expect, it } from "vitest";
import { deliveryTrend, type TrendSession, type TrendTurn } from "@/lib/speech/delivery-trend";

/** `n` plain words, with `fillers` of them "um" and `hedges` of them "maybe". */
function said(n: number, { fillers = 0, hedges = 0 } = {}): string {
  return Array.from({ length: n }, (_, i) => (i < fillers ? "um" : i < fillers + hedges ? "maybe" : `word${i % 7}`)).join(" ");
}

const spoken = (text: string, durationSeconds: number, more: { silencesMs?: number[] } = {}): TrendTurn => ({
  answerText: text,
  answerExtra: { spoken: { durationSeconds, transcribedBy: "server", ...more } },
});
const typed = (text: string): TrendTurn => ({ answerText: text, answerExtra: null });
const unanswered: TrendTurn = { answerText: null, answerExtra: null };

let day = 0;
/** Sessions are given newest first, like the query returns them: later calls are older. */
const session = (title: string, turns: TrendTurn[]): TrendSession => ({ id: `s${++day}`, title, completedAt: new Date(Date.UTC(2026, 10, 30 - day)), turns });

describe("deliveryTrend", () => {
  it("is empty with no interviews, or with typed answers only", () => {
    expect(deliveryTrend([])).toEqual({ points: [], summary: [] });
    expect(deliveryTrend([session("Backend", [typed(said(40)), unanswered]), session("Frontend", [{ answerText: "hi", answerExtra: { spoken: "bad" } }])])).toEqual({
      points: [],
      summary: [],
    });
  });

  it("counts only the spoken answers of an interview, and skips interviews without one", () => {
    const newest = session("Backend engineer", [typed(said(500, { fillers: 50 })), spoken(said(40, { fillers: 2 }), 20, { silencesMs: [3000, 500] }), unanswered]);
    const typedOnly = session("Data analyst", [typed(said(40))]);
    const oldest = session("Frontend developer", [spoken(said(30), 15)]);
    const { points } = deliveryTrend([newest, typedOnly, oldest]);
    expect(points.map((p) => p.title)).toEqual(["Frontend developer", "Backend engineer"]); // oldest first
    expect(points[1]).toEqual({
      sessionId: newest.id,
      title: "Backend engineer",
      date: (newest.completedAt as Date).toISOString(),
      spokenAnswers: 1,
      wpm: 120,
      fillersPer100: 5,
      hedgesPer100: 0,
      pausesPerAnswer: 1,
    });
    // No timestamps and no measured silences: its pauses are unknown, not zero.
    expect(points[0]).toMatchObject({ spokenAnswers: 1, wpm: 120, pausesPerAnswer: null });
  });

  it("pools an interview's answers: total words over total minutes, not a mean of each answer's rate", () => {
    // 10 words in 10 s (60 wpm) and 100 words in 30 s (200 wpm): 110 words in 40 s is 165 wpm (the mean would be 130).
    // Fillers: 1 in 10 words and 2 in 100 words: 3 in 110 is 2.7 per 100 (the mean would be 6).
    const s = session("Backend engineer", [
      spoken(said(10, { fillers: 1 }), 10, { silencesMs: [] }),
      spoken(said(100, { fillers: 2, hedges: 3 }), 30, { silencesMs: [2600, 4000] }),
    ]);
    const [point] = deliveryTrend([s]).points;
    expect(point).toMatchObject({ spokenAnswers: 2, wpm: 165, fillersPer100: 2.7, hedgesPer100: 2.7, pausesPerAnswer: 1 });
  });

  it("sums up the latest against the earlier interviews in words", () => {
    const latest = session("Backend engineer", [spoken(said(37, { fillers: 1 }), 15)]); // 148 wpm, 2.7 per 100
    const earlier = session("Backend engineer", [spoken(said(43, { fillers: 4 }), 15)]); // 172 wpm, 9.3 per 100
    expect(deliveryTrend([latest, earlier]).summary).toEqual([
      "Pace 172 → 148 words a minute: now in the easy-to-follow range (130–160).",
      "Fillers down from 9.3 to 2.7 per 100 words.",
    ]);

    const calmer = session("Backend engineer", [spoken(said(50, { fillers: 1 }), 20)]); // 150 wpm, 2 per 100
    expect(deliveryTrend([calmer, earlier]).summary[1]).toBe("Fillers down from 9.3 to 2 per 100 words: within the target of 2 or fewer.");
    expect(deliveryTrend([earlier, latest]).summary[0]).toBe("Pace 148 → 172 words a minute: now above the easy-to-follow range (130–160).");

    // The same side of the band: closer, further, or still.
    const rushed = session("x", [spoken(said(50), 15)]); // 200 wpm
    expect(deliveryTrend([earlier, rushed]).summary[0]).toBe("Pace 200 → 172 words a minute: closer to the easy-to-follow range (130–160).");
    expect(deliveryTrend([rushed, earlier]).summary[0]).toBe("Pace 172 → 200 words a minute: further above the easy-to-follow range (130–160).");
    expect(deliveryTrend([latest, latest]).summary).toEqual([
      "Pace 148 → 148 words a minute: still in the easy-to-follow range (130–160).",
      "Fillers steady at 2.7 per 100 words.",
    ]);

    // Hedging and long pauses only when they moved.
    const hedgy = session("x", [spoken(said(50, { hedges: 5 }), 20, { silencesMs: [3000, 3000] })]); // 10 per 100, 2 pauses
    const plain = session("x", [spoken(said(50, { hedges: 1 }), 20, { silencesMs: [] })]); // 2 per 100, none
    expect(deliveryTrend([plain, hedgy]).summary.slice(2)).toEqual(["Hedging down from 10 to 2 per 100 words.", "Long pauses down from 2 to 0 per answer."]);
  });

  it("pools the earlier interviews too, and with one interview states its numbers", () => {
    const latest = session("c", [spoken(said(40), 16)]); // 150 wpm
    const middle = session("b", [spoken(said(30), 10)]); // 180 wpm
    const first = session("a", [spoken(said(90), 60)]); // 90 wpm; with the middle one, 120 words in 70 s: 103 wpm
    expect(deliveryTrend([latest, middle, first]).summary[0]).toBe("Pace 103 → 150 words a minute: now in the easy-to-follow range (130–160).");
    expect(deliveryTrend([first]).summary).toEqual(["Pace 90 words a minute: below the easy-to-follow range (130–160).", "Fillers 0 per 100 words."]);
  });

  it("keeps the newest interviews that have a spoken answer, up to the limit", () => {
    const sessions = Array.from({ length: 20 }, (_, i) => session(`#${i}`, i % 2 ? [typed(said(20))] : [spoken(said(20), 10)]));
    const { points } = deliveryTrend(sessions, 4);
    expect(points.map((p) => p.title)).toEqual(["#6", "#4", "#2", "#0"]);
    expect(deliveryTrend(sessions).points).toHaveLength(10);
  });
});

describe("deliveryTrend and corrected transcripts", () => {
  it("counts what was heard, like the report: tidying the fillers out of the text does not hide them", () => {
    const heard = said(40, { fillers: 4 });
    const tidied = heard.replace(/\bum /g, "");
    const turn: TrendTurn = { answerText: tidied, answerExtra: { spoken: { durationSeconds: 16, heard, transcribedBy: "server" } } };
    const [point] = deliveryTrend([session("Backend", [turn])]).points;
    expect(point!.fillersPer100).toBe(10);
    expect(point!.wpm).toBe(150);
  });
});
