import { getMDXComponent } from "next-contentlayer2/hooks";
import { lessons } from "@/lib/content/lessons";
import { mdxComponents } from "./mdx-components";

// Each lesson's compiled MDX becomes a component once, when the module loads, not on every render.
const bodies = new Map(lessons.map((lesson) => [lesson.slug, getMDXComponent(lesson.body.code)]));

export function LessonBody({ slug }: { slug: string }) {
  const Body = bodies.get(slug);
  // The lint rule cannot see that Body comes from the module-level map above, built once.
  // eslint-disable-next-line react-hooks/static-components
  return Body ? <Body components={mdxComponents} /> : null;
}
