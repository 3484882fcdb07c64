-- CreateTable
CREATE TABLE "WebhookDestination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" BLOB NOT NULL,
    "previousSecret" BLOB,
    "previousSecretUntil" DATETIME,
    "eventTypes" JSONB NOT NULL,
    "redirectIds" JSONB NOT NULL,
    "tags" JSONB NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'json',
    "tracardiSourceId" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "createdById" TEXT,
    CONSTRAINT "WebhookDestination_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
