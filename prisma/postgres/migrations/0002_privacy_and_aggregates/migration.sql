-- AlterTable
ALTER TABLE "Click" ADD COLUMN     "privacyReason" TEXT;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OptOut" (
    "sessionId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "OptOut_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "ClickHourly" (
    "redirectId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,
    "sessions" BYTEA,
    "visitors" BYTEA,

    CONSTRAINT "ClickHourly_pkey" PRIMARY KEY ("redirectId","hour")
);

-- CreateIndex
CREATE INDEX "ClickHourly_hour_idx" ON "ClickHourly"("hour");
