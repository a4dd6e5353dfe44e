import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe("Markdown", () => {
  it("renders lists, bold and tables", () => {
    const html = render("- **重点**：分类\n- 难点\n\n| 环节 | 时长 |\n| --- | --- |\n| 导入 | 5 |");
    expect(html).toContain("<strong>重点</strong>");
    expect(html).toContain("<li>");
    expect(html).toContain("<table>");
  });

  it("renders a hostile corpus inert", () => {
    const corpus = [
      "<script>alert(1)</script>",
      "<iframe src=\"https://evil.example\"></iframe>",
      "[点我](javascript:alert(1))",
      "<img src=x onerror=alert(1)>",
      "{process.env.NEXTAUTH_SECRET}",
      "import fs from 'fs'\n\nexport const x = 1",
      "<a href=\"javascript:alert(1)\">x</a>",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    ].join("\n\n");
    const html = render(corpus);
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|javascript:|data:text/i);
    // Text stays text: the braces are shown, never evaluated.
    expect(html).toContain("{process.env.NEXTAUTH_SECRET}");
    expect(html).not.toContain(process.env.NEXTAUTH_SECRET ?? "no-secret-in-tests");
  });
});
