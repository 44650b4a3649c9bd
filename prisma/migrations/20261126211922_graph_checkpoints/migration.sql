-- CreateTable
CREATE TABLE "GraphCheckpoint" (
    "threadId" TEXT NOT NULL,
    "ns" TEXT NOT NULL DEFAULT '',
    "checkpointId" TEXT NOT NULL,
    "parentId" TEXT,
    "type" TEXT NOT NULL,
    "checkpoint" BYTEA NOT NULL,
    "versions" JSONB NOT NULL,
    "metadata" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GraphCheckpoint_pkey" PRIMARY KEY ("threadId","ns","checkpointId")
);

-- CreateTable
CREATE TABLE "GraphBlob" (
    "threadId" TEXT NOT NULL,
    "ns" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "value" BYTEA,

    CONSTRAINT "GraphBlob_pkey" PRIMARY KEY ("threadId","ns","channel","version")
);

-- CreateTable
CREATE TABLE "GraphWrite" (
    "threadId" TEXT NOT NULL,
    "ns" TEXT NOT NULL DEFAULT '',
    "checkpointId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "idx" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "taskPath" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "GraphWrite_pkey" PRIMARY KEY ("threadId","ns","checkpointId","taskId","idx")
);
