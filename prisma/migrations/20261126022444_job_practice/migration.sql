-- CreateEnum
CREATE TYPE "InterviewSource" AS ENUM ('CLASS_TOPIC', 'JOB_PRACTICE');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('CONCEPT', 'BEHAVIOURAL', 'CODE');

-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "questionCount" INTEGER,
ADD COLUMN     "setup" JSONB,
ADD COLUMN     "source" "InterviewSource" NOT NULL DEFAULT 'CLASS_TOPIC',
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "topicId" DROP NOT NULL,
ALTER COLUMN "batchId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "kind" "QuestionKind" NOT NULL DEFAULT 'CONCEPT';

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "adaptive" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Turn" ADD COLUMN     "answerExtra" JSONB,
ADD COLUMN     "bankQuestionId" TEXT,
ADD COLUMN     "difficulty" "Difficulty",
ADD COLUMN     "questionKind" "QuestionKind" NOT NULL DEFAULT 'CONCEPT';

-- CreateIndex
CREATE INDEX "InterviewSession_studentId_source_startedAt_idx" ON "InterviewSession"("studentId", "source", "startedAt");

-- Existing interviews are class interviews: name them after their topic, and record each
-- asked question's difficulty (still known from the bank) for the difficulty path.
UPDATE "InterviewSession" s SET "title" = t."name" FROM "Topic" t WHERE t."id" = s."topicId";
UPDATE "Turn" tr SET "difficulty" = q."difficulty" FROM "Question" q WHERE q."id" = tr."questionId";

-- A class interview always has its topic and class; only job practice goes without.
ALTER TABLE "InterviewSession" ADD CONSTRAINT "InterviewSession_class_has_topic"
  CHECK ("source" <> 'CLASS_TOPIC' OR ("topicId" IS NOT NULL AND "batchId" IS NOT NULL));
