import { describe, expect, it } from "vitest";
import { exerciseSchema } from "./definition";
import { checkAnswer, emptyAnswer, shuffledOrder } from "./answers";
import { gradeExercise, measureTyping, parseTypedNumber } from "./grading";

const common = { lesson: "demo", title: "练习", points: 10, objectives: ["knowledge"] } as const;
const make = (input: Record<string, unknown>) => exerciseSchema.parse({ ...common, ...input });

const table = make({
  kind: "table",
  id: "t",
  caption: "表1-1",
  columns: [
    { key: "content", label: "内容" },
    { key: "count", label: "数量", type: "number" },
    { key: "stage", label: "阶段", type: "select", options: ["售前", "售后"] },
  ],
  rows: { mode: "fixed", header: "项目", labels: ["服务理念", "热线"] },
});
const addable = make({
  kind: "table",
  id: "a",
  caption: "表1-3",
  columns: [{ key: "case", label: "案例", maxLength: 10 }],
  rows: { mode: "addable", min: 1, max: 3, initial: 2 },
});
const choice = make({
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
});
const classify = make({
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
});
const order = make({
  kind: "order",
  id: "o",
  steps: ["s1", "s2", "s3", "s4", "s5", "s6"].map((id) => ({ id, text: id })),
});
const numeric = make({
  kind: "numeric",
  id: "n",
  questions: [
    { id: "ratio", text: "问答比", answer: 1.2, tolerance: 0.01, formula: "客服回复数 ÷ 顾客提问数" },
    { id: "aov", text: "客单价", answer: 85, unit: "元", formula: "销售额 ÷ 顾客数" },
  ],
});

describe("table answers", () => {
  it("accept a full answer and the empty starting answer", () => {
    expect(checkAnswer(table, emptyAnswer(table)).ok).toBe(true);
    expect(
      checkAnswer(table, {
        rows: [
          { content: "真诚到永远", count: "12.", stage: "售后" },
          { content: "", count: "", stage: "" },
        ],
      }).ok,
    ).toBe(true);
  });

  it("refuse the wrong number of fixed rows, unknown columns, bad numbers and options", () => {
    expect(checkAnswer(table, { rows: [{ content: "x" }] })).toMatchObject({ ok: false });
    expect(checkAnswer(table, { rows: [{ content: "x", hacked: "1" }, {}] }).ok).toBe(false);
    // A number box keeps what was typed (the widget asks for a fix); only its length is limited.
    expect(checkAnswer(table, { rows: [{ count: "十二" }, {}] }).ok).toBe(true);
    expect(checkAnswer(table, { rows: [{ count: "1".repeat(33) }, {}] })).toEqual({
      ok: false,
      message: "“数量”最多填 32 个字符。",
    });
    expect(checkAnswer(table, { rows: [{ stage: "售中" }, {}] })).toEqual({
      ok: false,
      message: "“阶段”请从下拉列表中选择。",
    });
    expect(checkAnswer(table, "not an object").ok).toBe(false);
    expect(checkAnswer(table, null).ok).toBe(false);
  });

  it("keep addable rows within min and max and cells within their length", () => {
    expect(checkAnswer(addable, { rows: [] })).toEqual({ ok: false, message: "至少需要 1 行。" });
    expect(checkAnswer(addable, { rows: [{}, {}, {}, {}] })).toEqual({ ok: false, message: "最多只能有 3 行。" });
    expect(checkAnswer(addable, { rows: [{ case: "一二三四五六七八九十十" }] })).toEqual({
      ok: false,
      message: "“案例”一格最多 10 个字。",
    });
    expect(checkAnswer(addable, { rows: [{ case: "😀𠀀 rare 字" }] }).ok).toBe(true);
    // Ten emoji are ten characters, though twenty UTF-16 units.
    expect(checkAnswer(addable, { rows: [{ case: "😀".repeat(10) }] }).ok).toBe(true);
    expect(checkAnswer(addable, { rows: [{ case: "😀".repeat(11) }] }).ok).toBe(false);
  });

  it("are graded by the teacher", () => {
    expect(gradeExercise(table, emptyAnswer(table))).toEqual({ auto: false, max: 10 });
  });
});

describe("choice", () => {
  it("scores each question all-or-nothing", () => {
    expect(gradeExercise(choice, { q1: ["b"], q2: ["c", "a"] })).toMatchObject({ score: 10, correct: 2 });
    expect(gradeExercise(choice, { q1: ["b"], q2: ["a"] })).toMatchObject({ score: 5, correct: 1 });
    expect(gradeExercise(choice, {})).toMatchObject({ score: 0, correct: 0 });
  });
  it("refuses unknown options and several answers to a single choice", () => {
    expect(checkAnswer(choice, { q1: ["z"] }).ok).toBe(false);
    expect(checkAnswer(choice, { q1: ["a", "b"] }).ok).toBe(false);
    expect(checkAnswer(choice, { q9: ["a"] }).ok).toBe(false);
  });
});

describe("classify", () => {
  it("scores the share of items in the right bucket", () => {
    expect(gradeExercise(classify, { i1: "pre", i2: "post" })).toMatchObject({ score: 10 });
    expect(gradeExercise(classify, { i1: "post", i2: "post" })).toMatchObject({ score: 5 });
    expect(gradeExercise(classify, { i1: null })).toMatchObject({ score: 0 });
    expect(checkAnswer(classify, { i1: "elsewhere" }).ok).toBe(false);
  });
});

describe("order", () => {
  it("starts scrambled and scores steps in their place", () => {
    const start = shuffledOrder(order as Extract<typeof order, { kind: "order" }>);
    expect([...start].sort()).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(start).not.toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(gradeExercise(order, ["s1", "s2", "s3", "s4", "s5", "s6"])).toMatchObject({ score: 10, correct: 6 });
    expect(gradeExercise(order, ["s1", "s2", "s3", "s4", "s6", "s5"])).toMatchObject({ correct: 4, score: 6.5 });
  });
  it("refuses duplicates and missing steps", () => {
    expect(checkAnswer(order, ["s1", "s1", "s3", "s4", "s5", "s6"]).ok).toBe(false);
    expect(checkAnswer(order, ["s1"]).ok).toBe(false);
  });
});

describe("numeric", () => {
  it("accepts answers within tolerance, typed the way students type", () => {
    expect(gradeExercise(numeric, { ratio: "1.2", aov: "85" })).toMatchObject({ score: 10 });
    expect(gradeExercise(numeric, { ratio: "1.25", aov: "８５" })).toMatchObject({ score: 5 });
    expect(gradeExercise(numeric, { ratio: "", aov: "84" })).toMatchObject({ score: 0 });
  });
  it("parses full-width digits, commas and percent signs", () => {
    expect(parseTypedNumber("１，２００")).toBe(1200);
    expect(parseTypedNumber("35%")).toBe(35);
    expect(parseTypedNumber("abc")).toBeNull();
    expect(parseTypedNumber("1。2")).toBe(1.2);
    expect(parseTypedNumber(" 3 2 ")).toBe(32);
    expect(parseTypedNumber("－4")).toBe(-4);
    expect(parseTypedNumber("三十二")).toBeNull();
    expect(parseTypedNumber("")).toBeNull();
  });
});

describe("typing", () => {
  it("counts correct characters per minute and accuracy", () => {
    expect(measureTyping("亲，您好，欢迎光临", { typed: "亲，您好，欢迎光临", elapsedMs: 9_000 })).toEqual({
      chars: 9,
      correctChars: 9,
      cpm: 60,
      accuracy: 1,
    });
    expect(measureTyping("亲您好", { typed: "亲你好", elapsedMs: 60_000 })).toMatchObject({
      correctChars: 2,
      cpm: 2,
      accuracy: 0.667,
    });
    expect(measureTyping("亲您好", { typed: "", elapsedMs: 0 })).toMatchObject({ cpm: 0, accuracy: 0 });
  });
});

describe("chat, typing and project answers", () => {
  const chat = make({
    kind: "chat",
    id: "ch",
    stage: "售前",
    scenario: "顾客问尺码",
    customerMessages: ["在吗？", "有 M 码吗？"],
    checklist: [{ label: "问候", anyOf: ["您好", "亲"] }],
    maxLength: 20,
  });
  const typing = make({ kind: "typing", id: "ty", passage: "亲，您好，欢迎光临本店" });
  const project = make({
    kind: "project",
    id: "pr",
    sections: [
      { id: "rules", title: "平台规则", guidance: "写出三条", maxLength: 10 },
      { id: "faq", title: "问答文档", guidance: "写出五问" },
    ],
  });

  it("accept well-formed answers and are graded by the teacher", () => {
    expect(checkAnswer(chat, { replies: ["亲，您好！", "有的"] }).ok).toBe(true);
    expect(checkAnswer(typing, { typed: "亲，您好", elapsedMs: 4000 }).ok).toBe(true);
    expect(checkAnswer(project, { rules: "一二三", faq: "" }).ok).toBe(true);
    for (const def of [chat, typing, project]) expect(gradeExercise(def, emptyAnswer(def)).auto).toBe(false);
  });

  it("refuse more replies than messages, over-long text, and fields that are not theirs", () => {
    expect(checkAnswer(chat, { replies: ["1", "2", "3"] }).ok).toBe(false);
    expect(checkAnswer(chat, { replies: ["字".repeat(21)] })).toEqual({ ok: false, message: "每条回复最多 20 个字。" });
    expect(checkAnswer(chat, { replies: "not a list" }).ok).toBe(false);
    expect(checkAnswer(typing, { typed: "x".repeat(100), elapsedMs: 1 }).ok).toBe(false);
    expect(checkAnswer(typing, { typed: "亲", elapsedMs: -5 }).ok).toBe(false);
    expect(checkAnswer(typing, { typed: "亲", elapsedMs: 5, cpm: 999 }).ok).toBe(false);
    expect(checkAnswer(project, { rules: "一二三四五六七八九十十" })).toEqual({
      ok: false,
      message: "“平台规则”最多 10 个字。",
    });
    expect(checkAnswer(project, { other: "x" }).ok).toBe(false);
  });
});
