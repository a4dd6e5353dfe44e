import { describe, expect, it } from "vitest";
import { exerciseMessages as m } from "@/lib/messages/exercises";
import { tableCells } from "../answer-text";
import { checkAnswer, emptyAnswer } from "../answers";
import { exerciseSchema, type ExerciseKind, type ExerciseOf } from "../definition";
import { feedbackFor, withoutKey } from "../feedback";
import { gradeExercise } from "../grading";
import { AUTO_GRADED_KINDS, EXERCISE_KIND_LABELS } from "../labels";
import { toPublicExercise } from "../public";
import { exercises } from "../registry";
import { chatExerciseSchema } from "./chat";
import { choiceExerciseSchema } from "./choice";
import { classifyExerciseSchema } from "./classify";
import { KINDS, kindOf, type AnswerOf } from "./index";
import { numericExerciseSchema } from "./numeric";
import { orderExerciseSchema, shuffledOrder } from "./order";
import { projectExerciseSchema } from "./project";
import { table, tableExerciseSchema } from "./table";
import { typingExerciseSchema } from "./typing";
import type { Grade } from "./types";

const common = { lesson: "demo", title: "练习", points: 10, objectives: ["knowledge"] } as const;

/** One exercise of the kind, a valid answer and its grade, and a malformed answer with its message. */
type Fixture<K extends ExerciseKind> = {
  def: ExerciseOf<K>;
  valid: AnswerOf<K>;
  grade: Grade;
  malformed: { value: unknown; message: string };
};

// Typed per kind: a kind added without a fixture here fails the type check.
const FIXTURES: { [K in ExerciseKind]: Fixture<K> } = {
  table: {
    def: tableExerciseSchema.parse({
      ...common,
      kind: "table",
      id: "t",
      caption: "表1-1",
      columns: [
        { key: "content", label: "内容" },
        { key: "count", label: "数量", type: "number" },
        { key: "stage", label: "阶段", type: "select", options: ["售前", "售后"] },
      ],
      rows: { mode: "fixed", header: "项目", labels: ["服务理念", "热线"] },
      reference: { 服务理念: { content: "真诚到永远" } },
    }),
    valid: {
      rows: [
        { content: "真诚到永远", count: "12", stage: "售后" },
        { content: "", count: "", stage: "" },
      ],
    },
    grade: { auto: false, max: 10 },
    malformed: { value: { rows: [{ stage: "售中" }, {}] }, message: "“阶段”请从下拉列表中选择。" },
  },
  choice: {
    def: choiceExerciseSchema.parse({
      ...common,
      kind: "choice",
      id: "c",
      questions: [
        {
          id: "q1",
          text: "单选",
          options: [
            { id: "a", text: "甲" },
            { id: "b", text: "乙" },
          ],
          answer: ["b"],
          explanation: "因为乙",
        },
        {
          id: "q2",
          text: "多选",
          multiple: true,
          options: [
            { id: "a", text: "甲" },
            { id: "b", text: "乙" },
            { id: "c", text: "丙" },
          ],
          answer: ["a", "c"],
          explanation: "甲丙",
        },
      ],
    }),
    valid: { q1: ["b"], q2: ["a"] },
    grade: { auto: true, score: 5, max: 10, correct: 1, total: 2 },
    // A second option on a single choice: no message of the kind's own, the general one.
    malformed: { value: { q1: ["a", "b"] }, message: m.invalidAnswer },
  },
  classify: {
    def: classifyExerciseSchema.parse({
      ...common,
      kind: "classify",
      id: "k",
      buckets: [
        { id: "pre", label: "售前" },
        { id: "post", label: "售后" },
      ],
      items: [
        { id: "i1", text: "介绍商品", bucket: "pre" },
        { id: "i2", text: "退换货", bucket: "post" },
      ],
    }),
    valid: { i1: "pre", i2: "pre" },
    grade: { auto: true, score: 5, max: 10, correct: 1, total: 2 },
    malformed: { value: { i1: "elsewhere" }, message: m.invalidAnswer },
  },
  order: {
    def: orderExerciseSchema.parse({
      ...common,
      kind: "order",
      id: "o",
      steps: ["s1", "s2", "s3", "s4"].map((id) => ({ id, text: `步骤${id}` })),
    }),
    valid: ["s1", "s2", "s4", "s3"],
    grade: { auto: true, score: 5, max: 10, correct: 2, total: 4 },
    malformed: { value: ["s1", "s1", "s3", "s4"], message: m.orderDuplicates },
  },
  numeric: {
    def: numericExerciseSchema.parse({
      ...common,
      kind: "numeric",
      id: "n",
      questions: [
        { id: "ratio", text: "问答比", answer: 1.2, tolerance: 0.01, formula: "客服回复数 ÷ 顾客提问数" },
        { id: "aov", text: "客单价", answer: 85, unit: "元", formula: "销售额 ÷ 顾客数" },
      ],
    }),
    valid: { ratio: "1。2", aov: "84" },
    grade: { auto: true, score: 5, max: 10, correct: 1, total: 2 },
    malformed: { value: { ratio: "1".repeat(33) }, message: m.numberTooLong("答案") },
  },
  chat: {
    def: chatExerciseSchema.parse({
      ...common,
      kind: "chat",
      id: "ch",
      stage: "售前",
      scenario: "顾客问尺码",
      customerMessages: ["在吗？", "有 M 码吗？"],
      checklist: [{ label: "问候", anyOf: ["您好", "亲"] }],
      maxLength: 20,
    }),
    valid: { replies: ["亲，您好！", "有的"] },
    grade: { auto: false, max: 10 },
    malformed: { value: { replies: ["字".repeat(21)] }, message: m.replyTooLong(20) },
  },
  typing: {
    def: typingExerciseSchema.parse({ ...common, kind: "typing", id: "ty", passage: "亲，您好，欢迎光临本店" }),
    valid: { typed: "亲，您好", elapsedMs: 4000 },
    grade: { auto: false, max: 10 },
    malformed: { value: { typed: "亲", elapsedMs: -5 }, message: m.badTypingTime },
  },
  project: {
    def: projectExerciseSchema.parse({
      ...common,
      kind: "project",
      id: "pr",
      sections: [
        { id: "rules", title: "平台规则", guidance: "写出三条", maxLength: 10 },
        { id: "faq", title: "问答文档", guidance: "写出五问" },
      ],
    }),
    valid: { rules: "一二三", faq: "" },
    grade: { auto: false, max: 10 },
    malformed: { value: { rules: "一二三四五六七八九十十" }, message: m.sectionTooLong("平台规则", 10) },
  },
};

const kinds = Object.keys(KINDS) as ExerciseKind[];
const chinese = /[\u4e00-\u9fff]/;

/** The marks' own count of right items is the grade's. */
function expectMarksAgree(kind: ExerciseKind, answer: unknown) {
  const def = FIXTURES[kind].def;
  const marking = kindOf(def).mark(def, answer ?? undefined);
  if (marking.grade.auto) {
    expect(marking.grade.correct).toBe(marking.items.filter((item) => item.correct).length);
    expect(marking.grade.total).toBe(marking.items.length);
  } else {
    expect(marking.items).toEqual([]);
  }
  // Grading and the check are the same marking.
  expect(gradeExercise(def, answer)).toEqual(marking.grade);
  expect(feedbackFor(def, answer)).toEqual(marking.grade.auto ? marking : null);
}

describe("the registry", () => {
  it("has one module for each kind of the definition schema, each in its own place", () => {
    const declared = exerciseSchema.options.map((option) => option.shape.kind.value);
    expect(kinds.sort()).toEqual([...declared].sort());
    for (const kind of kinds) {
      expect(KINDS[kind].kind).toBe(kind);
      expect(KINDS[kind].label).toBe(EXERCISE_KIND_LABELS[kind]);
      expect(KINDS[kind].definition.parse(FIXTURES[kind].def)).toEqual(FIXTURES[kind].def);
    }
  });

  it("marks exactly the kinds the browser offers 检查 for", () => {
    for (const kind of kinds) {
      const { def } = FIXTURES[kind];
      expect(KINDS[kind].autoGraded, kind).toBe(AUTO_GRADED_KINDS.has(kind));
      expect(kindOf(def).mark(def, undefined).grade.auto, kind).toBe(KINDS[kind].autoGraded);
    }
  });
});

describe.each(kinds)("the %s module", (kind) => {
  const { def, valid, grade, malformed } = FIXTURES[kind];
  const facets = kindOf(def);

  it("accepts a valid answer and grades it", () => {
    expect(checkAnswer(def, valid)).toEqual({ ok: true, value: valid });
    expect(gradeExercise(def, valid)).toEqual(grade);
    expect(facets.answerText(def, valid).length).toBeGreaterThan(0);
  });

  it("refuses a malformed answer in Chinese", () => {
    expect(checkAnswer(def, malformed.value)).toEqual({ ok: false, message: malformed.message });
    expect(malformed.message).toMatch(chinese);
    // Not an answer of this shape at all: the general message, never zod's English.
    for (const value of ["不是答案", null, 42, { hacked: "1" }]) {
      expect(checkAnswer(def, value), JSON.stringify(value)).toEqual({ ok: false, message: m.invalidAnswer });
    }
  });

  it("starts from an empty answer that passes its own schema and scores nothing", () => {
    const empty = emptyAnswer(def);
    expect(facets.answerSchema(def).safeParse(empty).success).toBe(true);
    const start = gradeExercise(def, empty);
    const nothing = { auto: true, score: 0, max: 10, correct: 0, total: expect.any(Number) };
    expect(start).toEqual(facets.autoGraded ? nothing : { auto: false, max: 10 });
    expect(facets.answerText(def, empty)).toEqual(expect.any(String));
  });

  it("gives a grade whose count of right items is the marks' own", () => {
    for (const answer of [valid, emptyAnswer(def), undefined, null]) expectMarksAgree(kind, answer);
  });

  it("keeps the card's fields in its public form", () => {
    const publicForm = toPublicExercise(def);
    const { id, title, points, objectives } = def;
    expect(publicForm).toMatchObject({ id, kind, title, points, objectives });
  });
});

describe("auto-graded marks", () => {
  it("give a full score for the key, and notes that only the unmarked check leaves out", () => {
    const keys: { [K in "choice" | "classify" | "order" | "numeric"]: AnswerOf<K> } = {
      choice: { q1: ["b"], q2: ["c", "a"] },
      classify: { i1: "pre", i2: "post" },
      order: ["s1", "s2", "s3", "s4"],
      numeric: { ratio: "1.2", aov: "８５" },
    };
    for (const [kind, answer] of Object.entries(keys) as [ExerciseKind, unknown][]) {
      const { def } = FIXTURES[kind];
      const feedback = feedbackFor(def, answer);
      expect(feedback?.grade, kind).toMatchObject({ score: 10 });
      expect(feedback?.items.every((item) => item.correct && item.note)).toBe(true);
      expect(withoutKey(def, feedback!).items.every((item) => item.note === undefined)).toBe(true);
      expectMarksAgree(kind, answer);
    }
  });
});

describe("the course's exercises", () => {
  it("each start from an empty answer that passes its schema and scores nothing", () => {
    for (const def of exercises) {
      const empty = emptyAnswer(def);
      expect(checkAnswer(def, empty).ok, def.id).toBe(true);
      const grade = gradeExercise(def, empty);
      if (grade.auto) expect(grade.score, def.id).toBe(0);
    }
  });
});

describe("the order module's starting order", () => {
  it("leaves no step in its own place, for every number of steps", () => {
    for (let n = 2; n <= 12; n++) {
      const ids = Array.from({ length: n }, (_, i) => `s${i + 1}`);
      const start = shuffledOrder({ steps: ids.map((id) => ({ id, text: id })) });
      expect([...start].sort(), `${n} steps`).toEqual([...ids].sort());
      expect(
        start.every((id, i) => id !== ids[i]),
        `${n} steps: ${start.join()}`,
      ).toBe(true);
    }
  });

  it("keeps the order handed out so far where it had no step in place", () => {
    const of = (n: number) =>
      shuffledOrder({ steps: Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, text: "" })) });
    expect(of(4)).toEqual(["s4", "s1", "s2", "s3"]);
    expect(of(6)).toEqual(["s4", "s3", "s2", "s1", "s6", "s5"]);
  });

  it("hands the steps to the browser in that same order", () => {
    const { def } = FIXTURES.order;
    expect(KINDS.order.toPublic(def).steps.map((s) => s.id)).toEqual(emptyAnswer(def));
  });
});

describe("table cell keys", () => {
  it("name a cell as row:column, and read back", () => {
    expect(table.cellKey(0, "content")).toBe("0:content");
    expect(table.parseCellKey("12:stage")).toEqual({ row: 12, column: "stage" });
    for (const bad of ["content", "100:x", "0:", ":x", "0:Content", "a:b"]) {
      expect(table.parseCellKey(bad), bad).toBeNull();
    }
    expect(table.cellKeySchema.safeParse("3:count").success).toBe(true);
    expect(table.cellKeySchema.safeParse("3:count:x").success).toBe(false);
  });

  it("are the keys of the teacher's cells", () => {
    const { def, valid } = FIXTURES.table;
    const cells = tableCells(def, valid);
    expect(cells.map((c) => c.key)).toEqual(["0:content", "0:count", "0:stage", "1:content", "1:count", "1:stage"]);
    expect(cells[0]).toEqual({ key: "0:content", label: "服务理念 · 内容", answer: "真诚到永远" });
    for (const cell of cells) {
      const ref = table.parseCellKey(cell.key)!;
      expect(kindOf(def).answerText(def, valid, ref)).toBe(cell.answer);
    }
    expect(tableCells(FIXTURES.choice.def, FIXTURES.choice.valid)).toEqual([]);
  });
});
