import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The raw MDX of every lesson file, for build-time checks. */
export function readLessonFiles(root = process.cwd()): { slug: string; mdx: string }[] {
  const dir = path.join(root, "content", "lessons");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({ slug: name.replace(/\.mdx$/, ""), mdx: readFileSync(path.join(dir, name), "utf8") }));
}
