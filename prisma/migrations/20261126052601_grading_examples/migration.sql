-- CreateEnum
CREATE TYPE "ExampleSource" AS ENUM ('SAMPLE', 'OVERRIDE', 'CONFIRMED');

-- CreateTable
CREATE TABLE "GradingExample" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "turnId" TEXT,
    "source" "ExampleSource" NOT NULL,
    "answerText" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "score" INTEGER NOT NULL,
    "graderVerdict" "Verdict" NOT NULL,
    "graderScore" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GradingExample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GradingExample_turnId_key" ON "GradingExample"("turnId");

-- CreateIndex
CREATE INDEX "GradingExample_questionId_createdAt_idx" ON "GradingExample"("questionId", "createdAt");

-- AddForeignKey
ALTER TABLE "GradingExample" ADD CONSTRAINT "GradingExample_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradingExample" ADD CONSTRAINT "GradingExample_turnId_fkey" FOREIGN KEY ("turnId") REFERENCES "Turn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradingExample" ADD CONSTRAINT "GradingExample_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Scores are 0–100 like a turn's.
ALTER TABLE "GradingExample" ADD CONSTRAINT "GradingExample_scores_check" CHECK ("score" BETWEEN 0 AND 100 AND "graderScore" BETWEEN 0 AND 100);
