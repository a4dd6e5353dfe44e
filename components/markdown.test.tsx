import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pathologicalCorpora, reproducedCorpora } from "@/lib/plans/markdown-corpora";
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
      '<iframe src="https://evil.example"></iframe>',
      "[点我](javascript:alert(1))",
      "<img src=x onerror=alert(1)>",
      "{process.env.NEXTAUTH_SECRET}",
      "import fs from 'fs'\n\nexport const x = 1",
      '<a href="javascript:alert(1)">x</a>',
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    ].join("\n\n");
    const html = render(corpus);
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|javascript:|data:text/i);
    // Text stays text: the braces are shown, never evaluated.
    expect(html).toContain("{process.env.NEXTAUTH_SECRET}");
    expect(html).not.toContain(process.env.NEXTAUTH_SECRET ?? "no-secret-in-tests");
  });

  it("marks links to other sites and sends them no referrer; links within the site stay as they are", () => {
    const html = render(
      "[海尔官网](https://www.haier.com/) 和 [案例](/lessons/haier-case) 和 [协议相对](//example.com/x)",
    );
    expect(html).toContain(
      '<a href="https://www.haier.com/" rel="noopener noreferrer">海尔官网<span aria-hidden="true" class="ml-0.5 text-[0.8em]">↗</span><span class="sr-only">（外部链接）</span></a>',
    );
    expect(html).toContain('<a href="/lessons/haier-case">案例</a>');
    expect(html).toContain('<a href="//example.com/x" rel="noopener noreferrer">协议相对');
    expect(html).not.toContain("target=");
    // Sanitising still happens first: a javascript: link loses its address and gets no marker.
    expect(render("[点我](javascript:alert(1))")).not.toMatch(/javascript:|↗/);
  });

  // On the old code these took seconds each, or overflowed the stack; a regression shows as a timeout.
  it.each(Object.entries({ ...reproducedCorpora, ...pathologicalCorpora }))(
    "shows %s as the plain text it is",
    (_name, text) => {
      const html = render(text);
      const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      expect(html).toBe(
        `<div class="markdown "><p class="break-words whitespace-pre-wrap" data-plain-text="">${escaped}</p></div>`,
      );
    },
    60_000,
  );

  it("escapes a hostile corpus shown as plain text", () => {
    const html = render(
      `<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n${">".repeat(9000)}`,
    );
    expect(html).toContain("data-plain-text");
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
