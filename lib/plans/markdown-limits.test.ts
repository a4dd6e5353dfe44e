import { describe, expect, it } from "vitest";
import { builtinPlans } from "./builtin";
import { pathologicalCorpora, reproducedCorpora } from "./markdown-corpora";
import {
  MARKDOWN_LIMITS,
  MARKDOWN_MAX_LENGTH,
  markdownLimitMessage,
  markdownProblem,
  renderableMarkdown,
} from "./markdown-limits";

const rep = (s: string, n: number) => s.repeat(n);
const kind = (text: string) => markdownProblem(text)?.kind ?? null;
const reproduced = reproducedCorpora;
const pathological = pathologicalCorpora;

describe("markdownProblem", () => {
  it.each(Object.entries(reproduced))("refuses the reproduced corpus %s", (_name, text) => {
    expect(markdownProblem(text)).not.toBeNull();
    expect(renderableMarkdown(text)).toBe(false);
  });

  it.each(Object.entries(pathological))("refuses %s", (_name, text) => {
    expect(markdownProblem(text)).not.toBeNull();
  });

  it("accepts every field of every built-in plan", () => {
    for (const { slug, plan } of builtinPlans) {
      const fields = [
        plan.content,
        ...Object.values(plan.objectives),
        plan.keyPoints,
        plan.difficulties,
        plan.ideology,
        ...plan.phases.flatMap((p) => [p.teacher, p.student]),
        plan.homework,
        plan.reflection,
      ];
      expect(
        fields.map((f) => markdownProblem(f)),
        slug,
      ).toEqual(fields.map(() => null));
    }
  });

  it("accepts what teachers write: nesting to 8 levels, bold, tables, links, ranges, code", () => {
    const nested = (indent: number) =>
      Array.from({ length: 8 }, (_, i) => `${" ".repeat(indent * i)}- 第 ${i + 1} 层`).join("\n");
    const ok = [
      nested(2),
      nested(3),
      nested(4),
      Array.from({ length: 8 }, (_, i) => `${" ".repeat(3 * i)}1. 第 ${i + 1} 层`).join("\n"),
      "> 引用\n> > 引用里的引用\n> > - 列表\n> >   - 再一层",
      "- - - - - - - - 八层写在一行",
      ">>>>>>>> 八层引用",
      rep("- **重点**：分类 *沟通* ~~删除~~ 5~10 分钟\n", 300),
      `| 环节 | 时长 | 说明 |\n| --- | :-: | --: |\n${rep("| **导入** | 5 | 讲故事 |\n", 150)}`,
      rep("[海尔案例](https://example.edu.cn/lessons/haier-case) ", 100),
      "```\n" + rep("]*_<!--", 1000) + "\n```",
      "填空：______，______，______。",
      "***\n\n---\n\n___",
      rep("客户服务是企业与客户之间的桥梁。\n\n", 1000),
    ];
    for (const text of ok) expect(markdownProblem(text), text.slice(0, 60)).toBeNull();
  });

  it("counts nesting by indentation as well as by markers on one line", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `${" ".repeat(2 * i)}- a`).join("\n");
    expect(kind(lines(8))).toBeNull();
    expect(markdownProblem(lines(9))).toEqual({ kind: "depth", line: 9, count: 9 });
    expect(kind("- - - - a\n        - - - - - b")).toBe("depth");
    expect(kind("> > > >\n> > > > > > > > > c")).toBe("depth");
    // A lazy line keeps the lists open, so the next line can go deeper still.
    expect(kind("- - - - - - - - a\nb\n                - c")).toBe("depth");
  });

  it("does not let a fence that is not one hide what follows", () => {
    const hidden = rep("*a", 1000);
    expect(kind("```x`\n" + hidden)).toBe("emphasis");
    expect(kind("    ```\n" + hidden)).toBe("emphasis");
    expect(kind("- ```\nend of the list closes the code\n" + hidden)).toBe("emphasis");
    expect(kind("```\n" + hidden + "\n```")).toBeNull();
  });

  it("counts emphasis markers and brackets per paragraph", () => {
    const para = rep("*a", MARKDOWN_LIMITS.emphasisPerParagraph / 2);
    expect(kind(rep(para + "\n\n", 10))).toBeNull();
    expect(kind(rep(para + "\n", 3))).toBe("emphasis");
    expect(kind(rep(rep("a]", 300) + "\n\n", 10))).toBeNull();
    expect(kind(rep("a]", 401))).toBe("brackets");
    expect(kind(rep("\\*a", 1000))).toBeNull();
    // A table counts as one paragraph, so a row that only looks like one cannot restart the count.
    expect(kind(`| a | b |\n| - | - |\n${rep("| **重点** | 说明 |\n", 100)}`)).toBeNull();
    expect(kind(`a\n| - | - |\n${rep(`| ${rep("*a", 100)} |\n`, 5)}`)).toBe("emphasis");
  });

  it("runs in linear time: a megabyte takes well under a second, whether it is refused early or read to the end", () => {
    const line = (unit: string) => rep(unit, Math.ceil(500 / unit.length)).slice(0, 500);
    const inputs = [
      ...Object.values(reproduced),
      ...Object.values(pathological),
      rep("客户服务 a - b > c 1. d | e ", 40_000), // one long line with nothing to count
      rep(`>>>>>>>> ${line("客户 ")}\n`, 1999), // 1999 lines, each at the deepest nesting allowed
      `- - - - - - - - a\n${rep(`${" ".repeat(400)}${line("a ")}\n`, 1100)}`, // indentation matched against 8 open items
    ];
    for (const text of inputs) {
      const big = text.length >= 1_000_000 ? text : rep(text, Math.ceil(1_000_000 / text.length));
      const started = performance.now();
      markdownProblem(big);
      // About 50 ms here; quadratic time would take minutes. The margin is for a busy machine.
      expect(performance.now() - started, text.slice(0, 30)).toBeLessThan(2000);
    }
  });
});

describe("renderableMarkdown", () => {
  it("also refuses text longer than a field may be", () => {
    expect(renderableMarkdown(rep("客", MARKDOWN_MAX_LENGTH))).toBe(true);
    expect(renderableMarkdown(rep("客", MARKDOWN_MAX_LENGTH + 1))).toBe(false);
  });
});

describe("markdownLimitMessage", () => {
  it("names the field and the line, in Chinese", () => {
    expect(markdownLimitMessage("“教学内容”", markdownProblem(reproduced["'>' × 9000"])!)).toBe(
      "“教学内容”第 1 行开头的列表或引用标记（“>”“-”“*”“+”或编号）嵌套超过 8 层。请减少这一行开头的标记；若想画分隔线，请单独一行写“---”。",
    );
    expect(
      markdownLimitMessage("环节“导入”的“教师活动”", markdownProblem("说明\n\n" + reproduced["'*_' × 9000"])!),
    ).toBe("环节“导入”的“教师活动”第 3 行有 18000 个连在一起的“*”“_”“~”符号，最多 200 个。请删去多余的符号。");
  });
});
