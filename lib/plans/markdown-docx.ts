import { Paragraph, TextRun, type IRunOptions } from "docx";
import type { PhrasingContent, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { renderableMarkdown } from "./markdown-limits";

// Teacher-written Markdown turned into Word paragraphs: text, bold, italics, lists and tables
// (as lines). Only text is carried over; nothing in it is interpreted beyond Markdown. Text the
// parser would take too long over (markdown-limits.ts) is carried over as plain lines instead.

type Style = Pick<IRunOptions, "bold" | "italics">;

function runs(nodes: PhrasingContent[], style: Style = {}): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case "text":
        return [new TextRun({ text: node.value, ...style })];
      case "inlineCode":
        return [new TextRun({ text: node.value, ...style })];
      case "strong":
        return runs(node.children, { ...style, bold: true });
      case "emphasis":
        return runs(node.children, { ...style, italics: true });
      case "delete":
        return runs(node.children, style);
      case "link":
        return runs(node.children, style);
      case "break":
        return [new TextRun({ text: "", break: 1 })];
      default:
        return "value" in node && typeof node.value === "string" ? [new TextRun({ text: node.value, ...style })] : [];
    }
  });
}

function blocks(nodes: RootContent[], depth = 0): Paragraph[] {
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case "paragraph":
        return [new Paragraph({ children: runs(node.children), indent: depth ? { left: 360 * depth } : undefined })];
      case "heading":
        return [new Paragraph({ children: runs(node.children, { bold: true }) })];
      case "list":
        return node.children.flatMap((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "• ";
          const [first, ...rest] = item.children;
          const head =
            first?.type === "paragraph"
              ? [
                  new Paragraph({
                    children: [new TextRun(marker), ...runs(first.children)],
                    indent: { left: 360 * (depth + 1), hanging: 280 },
                  }),
                ]
              : blocks(first ? [first] : [], depth + 1);
          return [...head, ...blocks(rest, depth + 1)];
        });
      case "table":
        return node.children.map(
          (row) =>
            new Paragraph({
              children: row.children.flatMap((cell, i) => [
                ...(i ? [new TextRun("　|　")] : []),
                ...runs(cell.children),
              ]),
            }),
        );
      case "blockquote":
        return blocks(node.children, depth + 1);
      case "code":
        return node.value.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] }));
      case "thematicBreak":
        return [];
      default:
        return "value" in node && typeof node.value === "string"
          ? [new Paragraph({ children: [new TextRun(node.value)] })]
          : [];
    }
  });
}

/** The text as typed, one Word paragraph with a line break for each line. */
function plainParagraph(text: string): Paragraph {
  // Control characters other than tab and line breaks are not allowed in Word's XML.
  const lines = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "\ufffd").split(/\r\n|\r|\n/);
  return new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined })) });
}

export function markdownToParagraphs(markdown: string): Paragraph[] {
  if (!renderableMarkdown(markdown)) return [plainParagraph(markdown)];
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const paragraphs = blocks(tree.children);
  return paragraphs.length ? paragraphs : [new Paragraph("")];
}
