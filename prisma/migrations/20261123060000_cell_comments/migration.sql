-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ExerciseReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "score" REAL,
    "comment" TEXT NOT NULL DEFAULT '',
    "cells" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExerciseReview_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ExerciseReview" ("comment", "exerciseId", "id", "score", "submissionId", "updatedAt") SELECT "comment", "exerciseId", "id", "score", "submissionId", "updatedAt" FROM "ExerciseReview";
DROP TABLE "ExerciseReview";
ALTER TABLE "new_ExerciseReview" RENAME TO "ExerciseReview";
CREATE UNIQUE INDEX "ExerciseReview_submissionId_exerciseId_key" ON "ExerciseReview"("submissionId", "exerciseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
