// Build step: fail when a lesson places an exercise that is not declared, or one is never placed.
import { readLessonFiles } from "../lib/exercises/lesson-files";
import { placementProblems } from "../lib/exercises/placement";
import { exercises } from "../lib/exercises/registry";

const problems = placementProblems(readLessonFiles(), exercises);
if (problems.length > 0) {
  console.error(`Exercise placement problems:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.info(`Exercises: ${exercises.length} declared, all placed.`);
