-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "endRequestedAt" TIMESTAMP(3);
