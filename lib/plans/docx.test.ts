import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { builtinPlans } from "./builtin";
import { planToDocx } from "./docx";

describe("planToDocx", () => {
  it("writes an A4 Word table with every template field, every phase and Chinese fonts", async () => {
    for (const { plan } of builtinPlans) {
      const files = unzipSync(new Uint8Array(await planToDocx(plan)));
      const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
      const xml = read("word/document.xml");
      const text = xml.replace(/<[^>]+>/g, "");
      for (const field of [
        "课题名称",
        "授课班级",
        "授课教师",
        "授课学时",
        "授课时间",
        "授课地点",
        "授课形式",
        "教学内容",
        "知识目标",
        "能力目标",
        "素质目标",
        "重点",
        "难点",
        "教法",
        "学法",
        "课程思政元素",
        "教学环节",
        "教师活动",
        "学生活动",
        "作业布置",
        "教学反思",
      ]) {
        expect(text, `${plan.title}: ${field}`).toContain(field);
      }
      for (const phase of plan.phases) expect(text).toContain(`${phase.name}`);
      expect(text).toContain(plan.title);
      expect(xml).toContain('w:w="11906"'); // A4 width
      expect(xml).toContain('w:eastAsia="黑体"');
      expect(read("word/styles.xml")).toContain('w:eastAsia="宋体"');
    }
  });
});
