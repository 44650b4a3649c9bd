// How the transcript names the examples behind a grade and a turn that is itself an example.
// Client-safe: the transcript component imports it.

export type ExampleSourceName = "SAMPLE" | "OVERRIDE" | "CONFIRMED";
export type InfluencingExample = { id: string; verdict: string; score: number; similarity: number };

// A turn that is a SAMPLE example was picked on the question page: grading it there teaches the
// grader only, so the label says the student's own grade stayed as it was.
const SOURCE_WORDS: Record<ExampleSourceName, string> = {
  CONFIRMED: "confirmed",
  OVERRIDE: "your override",
  SAMPLE: "graded on the question page; the student's grade is unchanged",
};

/** "Example for the grader (confirmed)". */
export const exampleLabel = (source: ExampleSourceName) => `Example for the grader (${SOURCE_WORDS[source]})`;

/** The example's origin in a few words, for the question page's list (a sample picked from a student's answer says so). */
export const sourceWords = (source: ExampleSourceName, fromStudent = false) =>
  source === "SAMPLE" ? (fromStudent ? "student answer, graded here" : "sample answer") : source === "OVERRIDE" ? "your override" : "confirmed grade";

/** "Graded with 2 of your examples: strong 88 (91 % alike) · wrong 15 (64 % alike)"; null when none moved the grade. */
export function influenceLine(examples: readonly InfluencingExample[] | undefined): string | null {
  if (!examples?.length) return null;
  // A no-break space keeps "91 %" together on a phone.
  const parts = examples.map((e) => `${e.verdict.toLowerCase()} ${e.score} (${Math.round(e.similarity * 100)}\u00a0% alike)`);
  return `Graded with ${examples.length === 1 ? "your example" : `${examples.length} of your examples`}: ${parts.join(" · ")}`;
}
