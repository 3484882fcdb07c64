-- CreateTable
CREATE TABLE "SigningKey" (
    "version" INTEGER NOT NULL,
    "secret" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),
    "createdById" TEXT,

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("version")
);

-- AddForeignKey
ALTER TABLE "SigningKey" ADD CONSTRAINT "SigningKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
