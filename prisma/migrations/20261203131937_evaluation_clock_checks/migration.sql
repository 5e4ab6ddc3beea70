-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN     "clockCheckIds" JSONB;
