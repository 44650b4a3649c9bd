import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { topicAdaptiveAction } from "@/app/(instructor)/instructor/actions";
import { addQuestionAction, deleteQuestionAction, editQuestionAction, importCsvAction } from "@/app/(instructor)/instructor/question-actions";
import { AddQuestionForm } from "@/components/instructor/add-question-form";
import { createResourceAction, deleteResourceAction, updateResourceAction } from "@/app/(instructor)/instructor/resource-actions";
import { CsvImport } from "@/components/instructor/csv-import";
import { ResourcesCard } from "@/components/instructor/resources/resources-card";
import { QuestionList } from "@/components/instructor/question-list";
import { agreementOf } from "@/lib/db/queries/grading-examples";
import { topicQuestions } from "@/lib/db/queries/instructor";
import { topicResources } from "@/lib/db/queries/resources";
import { agreementSentence, NO_AGREEMENT, sumAgreement } from "@/lib/grading-examples/agreement";
import { classPage, orNotFound } from "@/lib/pages";
import { cleanText } from "@/lib/questions/clean-text";
import { readCodeSpec } from "@/lib/questions/code/spec";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Questions" };

export default async function TopicQuestionsPage({ params }: { params: Promise<{ batchId: string; topicId: string }> }) {
  const { batchId, topicId } = await params;
  const { user: instructor, canManage } = await classPage(batchId);
  const { topic, questions } = await orNotFound(topicQuestions(topicId, instructor.id));
  if (topic.batchId !== batchId) notFound();
  const [agreement, resources] = await Promise.all([agreementOf({ topicId }, instructor.id), topicResources(topicId)]);
  const total = sumAgreement(agreement.values());
  return (
    <div className="grid gap-6">
      <div>
        <h2 className="text-xl font-semibold" data-testid="topic-title">
          {topic.name}
        </h2>
        <p className="text-sm text-muted-foreground">{topic.description}</p>
        {total.n ? (
          <p className="mt-1 text-sm" data-testid="topic-agreement">
            {agreementSentence(total, "Across this topic's questions, the grader agreed with you")}
          </p>
        ) : null}
      </div>
      {canManage ? (
        <>
          <AdaptiveSwitch topicId={topic.id} adaptive={topic.adaptive} />
          <AddQuestionForm topicId={topic.id} topicName={topic.name} addQuestion={addQuestionAction} />
          <CsvImport topicId={topic.id} topicName={topic.name} importCsv={importCsvAction} />
        </>
      ) : (
        <p className="text-sm text-muted-foreground" data-testid="assistant-read-only">
          Difficulty: {topic.adaptive ? "adaptive" : "easy → hard"}.
        </p>
      )}
      <ResourcesCard
        topicId={topic.id}
        resources={resources.own}
        topicTotal={resources.total}
        actions={canManage ? { create: createResourceAction, update: updateResourceAction, remove: deleteResourceAction } : undefined}
      />
      <QuestionList
        actions={canManage ? { edit: editQuestionAction, remove: deleteQuestionAction } : undefined}
        // Questions imported before control characters were cleaned on the way in show (and, once saved, store) the restored text.
        questions={questions.map((q) => ({
          id: q.id,
          text: cleanText(q.text),
          difficulty: q.difficulty,
          kind: q.kind,
          referenceAnswer: q.referenceAnswer === null ? null : cleanText(q.referenceAnswer),
          keyPoints: q.keyPoints.map(cleanText),
          code: q.kind === "CODE" ? readCodeSpec(q.code) : null,
          asked: q._count.turns,
          href: `/instructor/batches/${batchId}/topics/${topic.id}/questions/${q.id}`,
          agreement: agreement.get(q.id) ?? NO_AGREEMENT,
        }))}
      />
    </div>
  );
}

/** A switch that works without JavaScript: the button submits the opposite of the current state. */
function AdaptiveSwitch({ topicId, adaptive }: { topicId: string; adaptive: boolean }) {
  return (
    <form action={topicAdaptiveAction} className="grid gap-1 rounded-xl border p-4">
      <input type="hidden" name="topicId" value={topicId} />
      <input type="hidden" name="adaptive" value={adaptive ? "false" : "true"} />
      <button
        type="submit"
        role="switch"
        aria-checked={adaptive}
        aria-describedby="topic-adaptive-help"
        data-testid="topic-adaptive"
        className="flex w-fit items-center gap-3 rounded-md text-left font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
      >
        <span aria-hidden className={cn("flex h-6 w-11 shrink-0 items-center rounded-full p-0.5 transition-colors", adaptive ? "bg-primary" : "bg-input")}>
          <span className={cn("size-5 rounded-full bg-background shadow transition-transform", adaptive && "translate-x-5")} />
        </span>
        Adaptive difficulty
        <span aria-hidden className="text-sm font-normal text-muted-foreground">
          {adaptive ? "On" : "Off"}
        </span>
      </button>
      <p id="topic-adaptive-help" className="text-sm text-muted-foreground">
        A strong answer makes the next question harder, a wrong one easier. Off: questions go easy → hard.
      </p>
    </form>
  );
}
