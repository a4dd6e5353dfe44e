import { Document, Packer, type Paragraph } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { pathologicalCorpora, reproducedCorpora } from "./markdown-corpora";
import { markdownToParagraphs } from "./markdown-docx";

/** The paragraphs as Word writes them: each <w:p> with its text (line breaks as \n) and whether any run is bold or italic. */
async function written(paragraphs: Paragraph[]) {
  const doc = new Document({ sections: [{ children: paragraphs }] });
  const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))["word/document.xml"]!);
  const body = xml.slice(xml.indexOf("<w:body>"));
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? "";
    const text = inner
      .replace(/<w:br\/>/g, "\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
    return { text, styled: /<w:b\/>|<w:i\/>/.test(inner) };
  });
}

// On the old code these took seconds each, or overflowed the stack; a regression shows as a timeout.
const SLOW = 60_000;

describe("markdownToParagraphs", () => {
  it("keeps bold, italics and lists", async () => {
    const out = await written(markdownToParagraphs("**重点**：分类\n\n- 第一\n- 第二"));
    expect(out.map((p) => p.text)).toEqual(["重点：分类", "• 第一", "• 第二"]);
    expect(out[0]!.styled).toBe(true);
  });

  it.each(Object.entries({ ...reproducedCorpora, ...pathologicalCorpora }))(
    "carries %s over as one plain paragraph, line for line",
    async (_name, text) => {
      const out = await written(markdownToParagraphs(text));
      expect(out).toHaveLength(1);
      expect(out[0]!.styled).toBe(false);
      expect(out[0]!.text).toBe(text.replace(/\r\n?/g, "\n"));
    },
    SLOW,
  );

  it("keeps Word's XML valid when plain text holds control characters", async () => {
    const out = await written(markdownToParagraphs(">".repeat(9000) + "\u0001\u000b"));
    expect(out[0]!.text.endsWith("\ufffd\ufffd")).toBe(true);
  });
});
