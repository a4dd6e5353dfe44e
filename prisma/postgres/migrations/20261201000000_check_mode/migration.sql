-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "checkLimit" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "checkMode" TEXT NOT NULL DEFAULT 'assessed';

-- CreateTable
CREATE TABLE "CheckAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckAttempt_userId_exerciseId_key" ON "CheckAttempt"("userId", "exerciseId");

-- AddForeignKey
ALTER TABLE "CheckAttempt" ADD CONSTRAINT "CheckAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
