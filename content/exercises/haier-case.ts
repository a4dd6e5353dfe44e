import type { ExerciseInput } from "@/lib/exercises/definition";

export const haierCaseExercises: ExerciseInput[] = [
  {
    id: "haier-t1-1",
    lesson: "haier-case",
    kind: "table",
    title: "STEP1 走进海尔集团官网服务",
    prompt: "打开海尔集团官网，找到“服务”或“售后服务”栏目，看看它为个人用户提供了哪些服务，把查到的内容填进表里。",
    caption: "表1-1 海尔集团售后服务",
    points: 10,
    objectives: ["knowledge", "ability"],
    rows: {
      mode: "fixed",
      header: "项目",
      labels: ["服务理念", "咨询帮助热线", "服务项目", "App 名称", "个人用户自助服务"],
    },
    columns: [{ key: "content", label: "查到的内容", maxLength: 300, placeholder: "写下你在官网上查到的内容" }],
    reference: {
      服务理念: { content: "关键词：真诚到永远；以用户为中心" },
      "App 名称": { content: "海尔智家" },
      服务项目: { content: "关键词：安装、维修、清洗、保养、延保等，以官网为准" },
    },
  },
  {
    id: "haier-t1-2",
    lesson: "haier-case",
    kind: "table",
    title: "STEP2 和智能客服“小智”聊一聊",
    prompt:
      "用手机微信打开“海尔智家”小程序，分别就安装、维修、家电清洗向智能客服“小智”提一个问题，记下你的问题和它的回答。",
    caption: "表1-2 “小智”的服务",
    points: 10,
    objectives: ["ability"],
    rows: { mode: "fixed", header: "服务", labels: ["安装服务", "维修服务", "家电清洗"] },
    columns: [
      { key: "question", label: "你咨询的问题", maxLength: 200 },
      { key: "answer", label: "“小智”的回答", maxLength: 500 },
    ],
  },
  {
    id: "haier-t1-3",
    lesson: "haier-case",
    kind: "table",
    title: "STEP3 赏析海尔的优秀服务案例",
    prompt: "上网搜索海尔的服务故事，选出你认为最能打动人的案例，简要写出经过，再分析它好在哪里。可以自己添加行。",
    caption: "表1-3 海尔的优秀服务案例",
    points: 10,
    objectives: ["ability", "quality"],
    rows: { mode: "addable", numberHeader: "序号", min: 1, max: 10, initial: 2 },
    columns: [
      { key: "case", label: "海尔的优秀服务案例", maxLength: 600 },
      { key: "analysis", label: "案例分析", maxLength: 600 },
    ],
  },
];
