-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "openAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" DATETIME NOT NULL,
    "cutoffAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExerciseReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "score" REAL,
    "comment" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExerciseReview_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "answers" TEXT NOT NULL,
    "autoScore" REAL,
    "autoMax" REAL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "assignmentId" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "score" REAL,
    "comment" TEXT NOT NULL DEFAULT '',
    "gradedAt" DATETIME,
    "idempotencyKey" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Submission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Submission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Submission" ("answers", "autoMax", "autoScore", "id", "idempotencyKey", "lessonSlug", "status", "submittedAt", "userId", "version") SELECT "answers", "autoMax", "autoScore", "id", "idempotencyKey", "lessonSlug", "status", "submittedAt", "userId", "version" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_lessonSlug_idx" ON "Submission"("lessonSlug");
CREATE INDEX "Submission_assignmentId_idx" ON "Submission"("assignmentId");
CREATE UNIQUE INDEX "Submission_userId_idempotencyKey_key" ON "Submission"("userId", "idempotencyKey");
CREATE UNIQUE INDEX "Submission_userId_lessonSlug_version_key" ON "Submission"("userId", "lessonSlug", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");

-- CreateIndex
CREATE INDEX "Assignment_lessonSlug_idx" ON "Assignment"("lessonSlug");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseReview_submissionId_exerciseId_key" ON "ExerciseReview"("submissionId", "exerciseId");
