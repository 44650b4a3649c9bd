import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { addQuestionAction, deleteQuestionAction, editQuestionAction, importCsvAction } from "@/app/(instructor)/instructor/question-actions";
import { AddQuestionForm } from "@/components/instructor/add-question-form";
import { CsvImport } from "@/components/instructor/csv-import";
import { QuestionList } from "@/components/instructor/question-list";
import { topicQuestions } from "@/lib/db/queries/instructor";
import { instructorPage, orNotFound } from "@/lib/pages";
import { cleanText } from "@/lib/questions/clean-text";

export const metadata: Metadata = { title: "Questions" };

export default async function TopicQuestionsPage({ params }: { params: Promise<{ batchId: string; topicId: string }> }) {
  const instructor = await instructorPage();
  const { batchId, topicId } = await params;
  const { topic, questions } = await orNotFound(topicQuestions(topicId, instructor.id));
  if (topic.batchId !== batchId) notFound();
  return (
    <div className="grid gap-6">
      <div>
        <h2 className="text-xl font-semibold" data-testid="topic-title">
          {topic.name}
        </h2>
        <p className="text-sm text-muted-foreground">{topic.description}</p>
      </div>
      <AddQuestionForm topicId={topic.id} topicName={topic.name} addQuestion={addQuestionAction} />
      <CsvImport topicId={topic.id} topicName={topic.name} importCsv={importCsvAction} />
      <QuestionList
        actions={{ edit: editQuestionAction, remove: deleteQuestionAction }}
        // Questions imported before control characters were cleaned on the way in show (and, once saved, store) the restored text.
        questions={questions.map((q) => ({
          id: q.id,
          text: cleanText(q.text),
          difficulty: q.difficulty,
          referenceAnswer: q.referenceAnswer === null ? null : cleanText(q.referenceAnswer),
          keyPoints: q.keyPoints.map(cleanText),
          asked: q._count.turns,
        }))}
      />
    </div>
  );
}
