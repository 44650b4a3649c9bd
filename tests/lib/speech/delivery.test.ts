// Delivery feedback on fixed transcripts: pace from the duration, filler and hedging rates
// (multi-word ones included), long pauses from word timestamps or the browser's silences,
// length against the question's, the words repeated most, and the role's key terms. Linear.
import { describe, expect, it } from "vitest";
import { deliveryMetrics, EXPECTED_WORDS, longPauses, mostRepeated, type Metric, type TimedWord } from "@/lib/speech/delivery";

const metric = (ms: Metric[], id: Metric["id"]) => ms.find((m) => m.id === id);

/** Words at a steady pace (`wpm`), with extra silence inserted before the given word indexes. */
function timed(text: string, wpm: number, silences: Record<number, number> = {}): { timedWords: TimedWord[]; durationSeconds: number } {
  const step = 60 / wpm;
  let t = 0;
  const timedWords = text.split(/\s+/).map((word, i) => {
    t += silences[i] ?? 0;
    const w = { word, start: t, end: t + step * 0.8 };
    t += step;
    return w;
  });
  return { timedWords, durationSeconds: t };
}

const ANSWER =
  "A hash map stores pairs of keys and values. It hashes each key to pick a bucket, so a lookup checks one bucket instead of every entry. " +
  "When two keys land in the same bucket it keeps a short list there, and when the table gets too full it grows and moves every entry. " +
  "In my last project I used one to cache user sessions, which took our login time from two hundred milliseconds to about twenty.";

describe("delivery metrics", () => {
  it("times a spoken answer: pace in its band, no fillers, no long pauses", () => {
    const ms = deliveryMetrics({ text: ANSWER, ...timed(ANSWER, 145), expectedWords: EXPECTED_WORDS.CONCEPT });
    expect(metric(ms, "pace")).toMatchObject({ band: "good", value: expect.stringMatching(/^14\d words a minute$/), target: "130–160 words a minute" });
    expect(metric(ms, "fillers")).toMatchObject({ band: "good" });
    expect(metric(ms, "pauses")).toMatchObject({ band: "good", value: "none" });
    expect(metric(ms, "length")).toMatchObject({ band: "good" });
  });

  it("flags a rushed or a slow pace with a tip that says which way to go", () => {
    expect(metric(deliveryMetrics({ text: ANSWER, ...timed(ANSWER, 210) }), "pace")).toMatchObject({ band: "work", tip: expect.stringMatching(/^Slow down/) });
    expect(metric(deliveryMetrics({ text: ANSWER, ...timed(ANSWER, 120) }), "pace")).toMatchObject({ band: "watch", tip: expect.stringMatching(/^Pick up the pace/) });
  });

  it("counts multi-word fillers and hedges once each, per 100 words and per minute", () => {
    const text = "Um, so you know, a cache is kind of like a, uh, fast copy. I mean, I think it is maybe the fastest, I guess, sort of.";
    const ms = deliveryMetrics({ text, durationSeconds: 15 });
    // um, you know, kind of, uh, i mean, sort of = 6 fillers; i think, maybe, i guess = 3 hedges; 27 words, a quarter-minute.
    expect(metric(ms, "fillers")).toMatchObject({ band: "work", value: "6 (22.2 per 100 words · 24 a minute)" });
    expect(metric(ms, "hedges")).toMatchObject({ band: "work", value: "3 (11.1 per 100 words · 12 a minute)" });
    // "kind" inside "kindness" or "mean" alone are not fillers.
    expect(metric(deliveryMetrics({ text: "Kindness means a kind answer to the mean value." }), "fillers")!.value).toBe("none");
  });

  it("finds long pauses from word timestamps, else from the browser's silences", () => {
    const { timedWords } = timed(ANSWER, 150, { 10: 3, 30: 4.2, 50: 1 });
    expect(longPauses({ timedWords })).toEqual([3.1, 4.3]); // the silence plus the usual 0.08 s between words
    expect(longPauses({ silencesMs: [800, 2600, 5000] })).toEqual([2.6, 5]);
    const ms = deliveryMetrics({ text: ANSWER, ...timed(ANSWER, 150, { 5: 3, 15: 3, 25: 3, 35: 3 }) });
    expect(metric(ms, "pauses")).toMatchObject({ band: "work", value: "4 (longest 3.1 s)" });
  });

  it("leaves timing out of a typed answer, and compares its length with the question's", () => {
    const ms = deliveryMetrics({ text: "A stack is last in, first out.", expectedWords: EXPECTED_WORDS.CONCEPT });
    expect(metric(ms, "pace")).toBeUndefined();
    expect(metric(ms, "pauses")).toBeUndefined();
    expect(metric(ms, "length")).toMatchObject({ band: "work", value: "7 words", tip: expect.stringMatching(/^Say more/) });
  });

  it("names the content words repeated most, and the role's key terms used", () => {
    const text = "The cache helps. The cache is fast, the cache is small, and a cache miss goes to the database, the database, the database.";
    expect(mostRepeated(text)).toEqual([
      { word: "cache", count: 4 },
      { word: "database", count: 3 },
    ]);
    const ms = deliveryMetrics({ text, keyTerms: { all: ["cache", "cache miss", "eviction", "ttl"], used: ["cache", "cache miss"] } });
    expect(metric(ms, "repeats")).toMatchObject({ band: "work", value: "“cache” ×4, “database” ×3" });
    expect(metric(ms, "key-terms")).toMatchObject({ band: "good", value: "2 of 4: cache, cache miss" });
  });

  it("stays linear in the answer's length (1×, 2×, 4×)", () => {
    const base = `${ANSWER} Um, you know, I think maybe it is kind of fine. `.repeat(40);
    const time = (text: string) => {
      const input = { text, ...timed(text, 150), keyTerms: { all: ["hash map", "bucket"], used: ["bucket"] }, expectedWords: EXPECTED_WORDS.CONCEPT };
      deliveryMetrics(input);
      const start = performance.now();
      for (let i = 0; i < 5; i++) deliveryMetrics(input);
      return (performance.now() - start) / 5;
    };
    const [one, two, four] = [time(base), time(base.repeat(2)), time(base.repeat(4))];
    expect(two / one).toBeLessThan(3.5);
    expect(four / one).toBeLessThan(7);
  });
});

describe("a spoken answer the student added to by typing", () => {
  it("measures fillers and pace on what was said, and length and repeats on the answer submitted", () => {
    const heard = "Um, an index is, um, a sorted copy of a column.";
    const submitted = `${heard.replace(/um, /gi, "")} ${"It lets a lookup skip most rows, and writes must keep it current. ".repeat(5)}`;
    const metrics = deliveryMetrics({ text: heard, submittedText: submitted, durationSeconds: 6, expectedWords: { min: 60, max: 220 } });
    const byId = Object.fromEntries(metrics.map((m) => [m.id, m]));
    expect(byId.fillers!.value).toMatch(/^2 /);
    expect(byId.pace!.value).toBe("110 words a minute");
    expect(byId.length!.value).toBe(`${submitted.trim().split(/\s+/).length} words`);
  });
});

describe("short answers", () => {
  it("do not flag one filler or hedge as a habit, however short the answer", () => {
    const metrics = deliveryMetrics({ text: "Um, an index is a sorted copy of a column, maybe." });
    expect(metrics.find((m) => m.id === "fillers")!).toMatchObject({ band: "good", value: expect.stringMatching(/^1 /) });
    expect(metrics.find((m) => m.id === "hedges")!).toMatchObject({ band: "good", label: "Hedging words" });
    expect(deliveryMetrics({ text: "Um, an index is, um, a sorted copy." }).find((m) => m.id === "fillers")!.band).toBe("work");
  });
});

describe("a coding answer's explanation", () => {
  it("is measured against an explanation's length, not a spoken concept answer's", async () => {
    const { answerDelivery } = await import("@/lib/speech/answer-delivery");
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const length = (questionKind: "CODE" | "CONCEPT") => answerDelivery({ text, questionKind, modelAnswer: "Use a hash map: O(n) time." }).metrics.find((m) => m.id === "length");
    expect(length("CODE")?.band).toBe("good");
    expect(length("CONCEPT")?.band).not.toBe("good");
  });
});
