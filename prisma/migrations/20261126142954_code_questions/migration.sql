-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "code" JSONB;

-- AlterTable
ALTER TABLE "Turn" ADD COLUMN     "code" JSONB;
