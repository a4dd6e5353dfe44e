import { defineDocumentType, defineNestedType, makeSource } from "contentlayer2/source-files";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";

const Objectives = defineNestedType(() => ({
  name: "Objectives",
  fields: {
    knowledge: { type: "list", of: { type: "string" }, required: true },
    ability: { type: "list", of: { type: "string" }, required: true },
    quality: { type: "list", of: { type: "string" }, required: true },
  },
}));

const slugOf = (flattenedPath: string, folder: string) => flattenedPath.replace(new RegExp(`^${folder}/`), "");

export const Lesson = defineDocumentType(() => ({
  name: "Lesson",
  filePathPattern: "lessons/**/*.mdx",
  contentType: "mdx",
  fields: {
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    order: { type: "number", required: true },
    minutes: { type: "number", required: true, description: "Estimated minutes to work through the lesson" },
    objectives: { type: "nested", of: Objectives, required: true },
    sources: { type: "list", of: { type: "string" }, required: true, description: "Seed sections the facts come from" },
  },
  computedFields: {
    slug: { type: "string", resolve: (doc) => slugOf(doc._raw.flattenedPath, "lessons") },
    url: { type: "string", resolve: (doc) => `/lessons/${slugOf(doc._raw.flattenedPath, "lessons")}` },
  },
}));

export default makeSource({
  contentDirPath: "content",
  documentTypes: [Lesson],
  // Headings get ids (github-slugger, as lib/plans/links.ts expects) so plans can link to a section.
  mdx: { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] },
  disableImportAliasWarning: true,
});
