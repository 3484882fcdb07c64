-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Click" ADD COLUMN     "sessionIssue" TEXT;

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");

-- Partial index, written by hand (Prisma's schema cannot express one; migrations are diffed
-- schema to schema, so later diffs leave it alone): the dashboards count flagged clicks in a
-- range without scanning the unflagged ones, and unflagged inserts pay nothing for it.
CREATE INDEX "Click_sessionIssue_at_idx" ON "Click"("at") WHERE "sessionIssue" IS NOT NULL;
