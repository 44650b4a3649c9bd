-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('RESUME', 'JOB_DESCRIPTION');

-- AlterEnum
ALTER TYPE "InterviewSource" ADD VALUE 'JOB_LOOP_ROUND';

-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "loopId" TEXT,
ADD COLUMN     "roundIndex" INTEGER;

-- CreateTable
CREATE TABLE "StudentDocument" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "content" TEXT NOT NULL,
    "chars" INTEGER NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudentDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewLoop" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "seniority" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "rounds" JSONB NOT NULL,
    "tailoring" TEXT,
    "usedResume" BOOLEAN NOT NULL DEFAULT false,
    "usedJobDescription" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterviewLoop_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StudentDocument_userId_kind_key" ON "StudentDocument"("userId", "kind");

-- CreateIndex
CREATE INDEX "InterviewLoop_studentId_createdAt_idx" ON "InterviewLoop"("studentId", "createdAt");

-- CreateIndex
CREATE INDEX "InterviewSession_loopId_roundIndex_idx" ON "InterviewSession"("loopId", "roundIndex");

-- AddForeignKey
ALTER TABLE "InterviewSession" ADD CONSTRAINT "InterviewSession_loopId_fkey" FOREIGN KEY ("loopId") REFERENCES "InterviewLoop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentDocument" ADD CONSTRAINT "StudentDocument_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewLoop" ADD CONSTRAINT "InterviewLoop_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A loop round always names its loop and place (compared as text: a new enum value cannot be
-- used in the transaction that adds it).
ALTER TABLE "InterviewSession" ADD CONSTRAINT "InterviewSession_round_has_loop"
  CHECK ("source"::text <> 'JOB_LOOP_ROUND' OR ("loopId" IS NOT NULL AND "roundIndex" IS NOT NULL));
