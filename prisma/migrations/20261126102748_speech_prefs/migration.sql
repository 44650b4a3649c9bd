-- AlterTable
ALTER TABLE "User" ADD COLUMN     "speechPrefs" JSONB;
