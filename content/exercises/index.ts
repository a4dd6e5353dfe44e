// Every lesson's exercises, declared once. The registry (lib/exercises/registry.ts) validates them.
import type { ExerciseInput } from "@/lib/exercises/definition";
import { communicationSkillsExercises } from "./communication-skills";
import { csHandbookProjectExercises } from "./cs-handbook-project";
import { customerAndServiceExercises } from "./customer-and-service";
import { ecommerceCsBasicsExercises } from "./ecommerce-cs-basics";
import { goldMedalCsExercises } from "./gold-medal-cs";
import { haierCaseExercises } from "./haier-case";
import { phoneAndOnlineChannelsExercises } from "./phone-and-online-channels";
import { salesStageSkillsExercises } from "./sales-stage-skills";
import { serviceCategoriesExercises } from "./service-categories";

export const exerciseInputs: readonly ExerciseInput[] = [
  ...customerAndServiceExercises,
  ...serviceCategoriesExercises,
  ...haierCaseExercises,
  ...ecommerceCsBasicsExercises,
  ...goldMedalCsExercises,
  ...communicationSkillsExercises,
  ...salesStageSkillsExercises,
  ...phoneAndOnlineChannelsExercises,
  ...csHandbookProjectExercises,
];
