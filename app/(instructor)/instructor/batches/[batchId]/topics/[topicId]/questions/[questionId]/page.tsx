import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteExampleAction, saveSampleExamplesAction } from "@/app/(instructor)/instructor/example-actions";
import { createResourceAction, deleteResourceAction, updateResourceAction } from "@/app/(instructor)/instructor/resource-actions";
import { CodeSpecView } from "@/components/instructor/code-spec-view";
import { ResourcesCard } from "@/components/instructor/resources/resources-card";
import { AgreementCard } from "@/components/instructor/examples/agreement-card";
import { ExampleList } from "@/components/instructor/examples/example-list";
import { SampleAnswersForm } from "@/components/instructor/examples/sample-answers-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { CODE_LANGUAGE_LABELS } from "@/lib/code/types";
import { topicAccess } from "@/lib/db/queries/class-access";
import { questionExamples } from "@/lib/db/queries/grading-examples";
import { questionResources, topicResources } from "@/lib/db/queries/resources";
import { instructorPage, orNotFound } from "@/lib/pages";
import { cleanText } from "@/lib/questions/clean-text";
import { readCodeSpec } from "@/lib/questions/code/spec";
import { kindDisplay } from "@/lib/questions/kind";

export const metadata: Metadata = { title: "Question" };

/** One question: what the grader compares answers with, how often it agrees with the instructor, and the instructor's graded examples. */
export default async function QuestionPage({ params }: { params: Promise<{ batchId: string; topicId: string; questionId: string }> }) {
  const instructor = await instructorPage();
  const { batchId, topicId, questionId } = await params;
  const { question, examples, recent, agreement } = await orNotFound(questionExamples(questionId, instructor.id));
  if (question.topicId !== topicId || question.topic.batchId !== batchId) notFound();
  const code = question.kind === "CODE" ? readCodeSpec(question.code) : null;
  const [access, resources, topicTotal] = await Promise.all([
    topicAccess(topicId, instructor.id, "view"),
    questionResources(questionId),
    topicResources(topicId).then((r) => r.total),
  ]);
  return (
    <div className="grid min-w-0 gap-6">
      <div className="grid min-w-0 gap-2">
        <Link href={`/instructor/batches/${batchId}/topics/${topicId}`} className="w-fit text-sm text-primary hover:underline" data-testid="question-back">
          ← {question.topic.name}
        </Link>
        <h2 className="text-xl font-semibold break-words" data-testid="question-title">
          {cleanText(question.text)}
        </h2>
        <div className="flex flex-wrap gap-2">
          <Badge variant="outline">{question.difficulty.toLowerCase()}</Badge>
          {question.kind !== "CONCEPT" ? (
            <Badge variant="secondary" data-testid="question-kind-badge">
              {kindDisplay(question.kind).label}
              {code ? ` · ${code.languages.map((l) => CODE_LANGUAGE_LABELS[l]).join(", ")}` : ""}
            </Badge>
          ) : null}
          {question.kind === "CODE" && !code ? (
            <Badge variant="destructive" data-testid="question-code-missing">
              no readable tests: edit the question to add them
            </Badge>
          ) : null}
        </div>
      </div>
      <Card>
        <CardContent className="grid min-w-0 gap-3 pt-6 text-sm">
          <div className="grid gap-1">
            <h3 className="font-medium">{code ? "What a good explanation says" : "Reference answer"}</h3>
            <p className="whitespace-pre-wrap break-words text-muted-foreground" data-testid="question-reference">
              {question.referenceAnswer ? cleanText(question.referenceAnswer) : "None given: the grader works from the key points."}
            </p>
          </div>
          <div className="grid gap-1">
            <h3 className="font-medium">Key points</h3>
            {question.keyPoints.length ? (
              <ul className="list-disc pl-5 break-words text-muted-foreground" data-testid="question-key-points">
                {question.keyPoints.map((p, i) => (
                  <li key={i}>{cleanText(p)}</li>
                ))}
              </ul>
            ) : (
              <p className="text-muted-foreground">None given: the grader takes them from the reference answer.</p>
            )}
          </div>
          {code ? <CodeSpecView spec={code} /> : null}
        </CardContent>
      </Card>
      <ResourcesCard
        topicId={topicId}
        question={{ id: question.id, keyPoints: question.keyPoints }}
        resources={resources}
        topicTotal={topicTotal}
        actions={access.role === "OWNER" ? { create: createResourceAction, update: updateResourceAction, remove: deleteResourceAction } : undefined}
      />
      <AgreementCard agreement={agreement} />
      <SampleAnswersForm
        questionId={question.id}
        save={saveSampleExamplesAction}
        recent={recent.map((t) => ({ turnId: t.id, answer: t.answerText!, verdict: t.verdict!, score: t.score! }))}
      />
      <ExampleList
        remove={deleteExampleAction}
        examples={examples.map((e) => ({
          id: e.id,
          source: e.source,
          answer: e.answerText,
          verdict: e.verdict,
          score: e.score,
          graderVerdict: e.graderVerdict,
          graderScore: e.graderScore,
          createdAt: e.createdAt.toISOString(),
          fromStudent: e.source === "SAMPLE" && e.turnId !== null,
        }))}
      />
    </div>
  );
}
