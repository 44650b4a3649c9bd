// A stored turn as the transcript shows it, shared by the class transcript and an assignment's
// job-practice attempt. The review parts (examples, overrides) are the caller's.
import type { TranscriptTurn } from "@/components/instructor/transcript";
import { answeredCode } from "@/lib/questions/code/report";
import { spokenIn } from "@/lib/speech/spoken";

type StoredTurn = Parameters<typeof answeredCode>[0][number] & {
  id: string;
  index: number;
  kind: TranscriptTurn["kind"];
  questionText: string;
  answerText: string | null;
  answerExtra: unknown;
  verdict: TranscriptTurn["verdict"];
  score: number | null;
  relevance: number | null;
  accuracy: number | null;
  depth: number | null;
  clarity: number | null;
  feedback: string | null;
  grader: string | null;
  evaluation: unknown;
};

export type ReviewParts = Pick<TranscriptTurn, "exampleSource" | "canBeExample" | "overrides">;

export const NOT_REVIEWABLE: ReviewParts = { exampleSource: null, canBeExample: false, overrides: [] };

export function transcriptTurn(t: StoredTurn, review: ReviewParts): TranscriptTurn {
  return {
    id: t.id,
    index: t.index,
    kind: t.kind,
    question: t.questionText,
    answer: t.answerText,
    spokenVia: spokenIn(t.answerExtra)?.transcribedBy ?? null,
    code: answeredCode([t])[t.index],
    verdict: t.verdict,
    score: t.score,
    dims: { relevance: t.relevance, accuracy: t.accuracy, depth: t.depth, clarity: t.clarity },
    feedback: t.feedback,
    grader: t.grader,
    evaluation: t.evaluation as TranscriptTurn["evaluation"],
    ...review,
  };
}
