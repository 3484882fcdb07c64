-- AlterTable
ALTER TABLE "Click" ADD COLUMN "privacyReason" TEXT;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "OptOut" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT
);

-- CreateTable
CREATE TABLE "ClickHourly" (
    "redirectId" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,
    "sessions" BLOB,
    "visitors" BLOB,

    PRIMARY KEY ("redirectId", "hour")
);

-- CreateIndex
CREATE INDEX "ClickHourly_hour_idx" ON "ClickHourly"("hour");
