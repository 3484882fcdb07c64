-- CreateTable
CREATE TABLE "SigningKey" (
    "version" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "secret" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    "createdById" TEXT,
    CONSTRAINT "SigningKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
