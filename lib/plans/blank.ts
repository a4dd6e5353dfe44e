import type { PlanInput } from "./schema";

/** A new plan with the template's usual five phases for two 学时; the teacher fills in the rest. */
export function blankPlan(): PlanInput {
  const phase = (name: string, minutes: number) => ({
    name,
    minutes,
    teacher: "",
    student: "",
    objectives: [],
    links: [],
  });
  return {
    title: "",
    unit: "",
    className: "",
    teacher: "",
    hours: 2,
    date: "",
    place: "",
    form: "理实一体化",
    content: "",
    objectives: { knowledge: "", ability: "", quality: "" },
    keyPoints: "",
    difficulties: "",
    teachingMethods: "",
    learningMethods: "",
    ideology: "",
    phases: [
      phase("导入", 5),
      phase("新课讲授", 40),
      phase("学生实践", 40),
      phase("总结归纳", 4),
      phase("作业布置", 1),
    ],
    homework: "",
    reflection: "",
  };
}
