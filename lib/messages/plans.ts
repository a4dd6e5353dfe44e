// User-visible text for lesson plans (教案).
export const planMessages = {
  required: (field: string) => `请填写“${field}”。`,
  tooLong: (max: number) => `内容太长，最多 ${max} 个字。`,
  phaseNameRequired: "每个教学环节都要有名称。",
  minutesWhole: "环节时长要填整数分钟。",
  minutesPositive: "环节时长要在 1–600 分钟之间。",
  hoursWhole: "授课学时要填整数。",
  hoursRange: "授课学时要在 1–40 之间。",
  phasesRequired: "教学过程至少要有一个环节。",
  minutesMismatch: (total: number, expected: number, hours: number) =>
    `各环节时长合计 ${total} 分钟，应等于 ${hours} 学时 × 45 = ${expected} 分钟（${total > expected ? `多了 ${total - expected}` : `少了 ${expected - total}`} 分钟）。`,
  objectiveUnserved: (label: string) =>
    `没有任何环节或练习对应“${label}”：请在某个环节里勾选它，或链接一道对应该目标的练习。`,
  unknownLesson: (phase: string, slug: string) => `环节“${phase}”链接的课程“${slug}”不存在。`,
  unknownExercise: (phase: string, id: string) => `环节“${phase}”链接的练习“${id}”不存在。`,
  valid: "教案检查通过：时长合计正确，三类目标都有环节落实。",
} as const;
