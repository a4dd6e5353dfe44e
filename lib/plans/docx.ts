import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import { markdownToParagraphs } from "./markdown-docx";
import { HEADER_FIELDS, HEADER_PAIRS, OBJECTIVE_FIELD_LABELS, type Plan } from "./schema";

// The plan as a Word file in the familiar 表格式 教案 layout: A4, one bordered table, labels in
// 黑体, text in 宋体 (the family names Word and WPS map to the fonts every Chinese PC has).

const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体", cs: "宋体" };
const LABEL_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体", cs: "黑体" };
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 2 cm
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
// Five grid columns: label | sub-label | value | label | value. Header pairs put their value over
// columns 2–3; objectives and methods use the sub-label; phases are 环节 | 教师活动 (2–3) | 学生活动 (4–5).
const LABEL_WIDTH = 1400;
const SUB_LABEL_WIDTH = 1200;
const VALUE_WIDTH = (CONTENT_WIDTH - 2 * LABEL_WIDTH - SUB_LABEL_WIDTH) / 2;
const COLUMNS = [LABEL_WIDTH, SUB_LABEL_WIDTH, VALUE_WIDTH, LABEL_WIDTH, VALUE_WIDTH];
const border = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function label(text: string, opts: { rowSpan?: boolean | "continue"; span?: number } = {}) {
  const lines = opts.rowSpan === "continue" ? [""] : text.split("\n");
  return new TableCell({
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    verticalMerge:
      opts.rowSpan === true
        ? VerticalMergeType.RESTART
        : opts.rowSpan === "continue"
          ? VerticalMergeType.CONTINUE
          : undefined,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: lines.map((line, i) => new TextRun({ text: line, font: LABEL_FONT, break: i > 0 ? 1 : undefined })),
      }),
    ],
  });
}

function value(children: Paragraph[], span = 1) {
  return new TableCell({ columnSpan: span, children });
}

const text = (s: string) => [new Paragraph({ children: [new TextRun(s)] })];

function planRows(plan: Plan): TableRow[] {
  const headerValue = (key: (typeof HEADER_FIELDS)[number]["key"]) =>
    key === "hours" ? `${plan.hours} 学时` : String(plan[key]);
  const objectives = (["knowledge", "ability", "quality"] as const).map(
    (kind, i) =>
      new TableRow({
        children: [
          label("教学目标", { rowSpan: i === 0 ? true : "continue" }),
          label(OBJECTIVE_FIELD_LABELS[kind]),
          value(markdownToParagraphs(plan.objectives[kind]), 3),
        ],
      }),
  );
  const total = plan.phases.reduce((s, p) => s + p.minutes, 0);
  const phases = plan.phases.map(
    (phase) =>
      new TableRow({
        cantSplit: true,
        children: [
          label(`${phase.name}\n（${phase.minutes} 分钟）`),
          value(markdownToParagraphs(phase.teacher), 2),
          value(markdownToParagraphs(phase.student), 2),
        ],
      }),
  );
  return [
    new TableRow({
      children: [label("课题名称"), value(text(plan.unit ? `${plan.unit}　${plan.title}` : plan.title), 4)],
    }),
    ...HEADER_PAIRS.map(
      ([a, b]) =>
        new TableRow({
          children: [
            label(a.label),
            value(text(headerValue(a.key)), 2),
            label(b.label),
            value(text(headerValue(b.key))),
          ],
        }),
    ),
    new TableRow({ children: [label("教学内容"), value(markdownToParagraphs(plan.content), 4)] }),
    ...objectives,
    new TableRow({ children: [label("重点"), value(markdownToParagraphs(plan.keyPoints), 4)] }),
    new TableRow({ children: [label("难点"), value(markdownToParagraphs(plan.difficulties), 4)] }),
    new TableRow({
      children: [label("教学策略", { rowSpan: true }), label("教法"), value(text(plan.teachingMethods), 3)],
    }),
    new TableRow({
      children: [label("教学策略", { rowSpan: "continue" }), label("学法"), value(text(plan.learningMethods), 3)],
    }),
    new TableRow({ children: [label("课程思政元素"), value(markdownToParagraphs(plan.ideology), 4)] }),
    new TableRow({ children: [label(`教学过程及设计（共 ${total} 分钟）`, { span: 5 })] }),
    new TableRow({ children: [label("教学环节"), label("教师活动", { span: 2 }), label("学生活动", { span: 2 })] }),
    ...phases,
    new TableRow({ children: [label("作业布置"), value(markdownToParagraphs(plan.homework), 4)] }),
    new TableRow({ children: [label("教学反思"), value(markdownToParagraphs(plan.reflection || " "), 4)] }),
  ];
}

/** Builds the .docx bytes of a plan. */
export async function planToDocx(plan: Plan): Promise<Buffer> {
  const doc = new Document({
    creator: "客服课堂",
    title: plan.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: 21 }, paragraph: { spacing: { line: 300 } } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: "教　　案", font: LABEL_FONT, size: 36, bold: true })],
          }),
          new Table({
            width: { size: CONTENT_WIDTH, type: WidthType.DXA },
            columnWidths: COLUMNS,
            layout: TableLayoutType.FIXED,
            borders,
            rows: planRows(plan),
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
