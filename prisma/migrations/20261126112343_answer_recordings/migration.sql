-- CreateTable
CREATE TABLE "AnswerRecording" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "turnIndex" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "audio" BYTEA NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerRecording_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnswerRecording_sessionId_turnIndex_key" ON "AnswerRecording"("sessionId", "turnIndex");

-- AddForeignKey
ALTER TABLE "AnswerRecording" ADD CONSTRAINT "AnswerRecording_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
