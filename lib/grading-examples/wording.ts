// How the transcript names the examples behind a grade and a turn that is itself an example.
// Client-safe: the transcript component imports it.

export type ExampleSourceName = "SAMPLE" | "OVERRIDE" | "CONFIRMED";
export type InfluencingExample = { id: string; verdict: string; score: number; similarity: number };

const SOURCE_WORDS: Record<ExampleSourceName, string> = { CONFIRMED: "confirmed", OVERRIDE: "your override", SAMPLE: "graded on the question page" };

/** "Example for the grader (confirmed)". */
export const exampleLabel = (source: ExampleSourceName) => `Example for the grader (${SOURCE_WORDS[source]})`;

/** The example's origin in a few words, for the question page's list. */
export const sourceWords = (source: ExampleSourceName) => (source === "SAMPLE" ? "sample answer" : source === "OVERRIDE" ? "your override" : "confirmed grade");

/** "Graded with 2 of your examples: strong (88, 91 % alike) · wrong (15, 64 % alike)"; null when none moved the grade. */
export function influenceLine(examples: readonly InfluencingExample[] | undefined): string | null {
  if (!examples?.length) return null;
  const parts = examples.map((e) => `${e.verdict.toLowerCase()} (${e.score}, ${Math.round(e.similarity * 100)} % alike)`);
  return `Graded with ${examples.length} of your ${examples.length === 1 ? "example" : "examples"}: ${parts.join(" · ")}`;
}
