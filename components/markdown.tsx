import type { ComponentPropsWithoutRef } from "react";
import ReactMarkdown, { type ExtraProps } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { renderableMarkdown } from "@/lib/plans/markdown-limits";

/** An absolute web address (http, https or //host): it leads off this site. */
const isExternal = (href: string | undefined) => !!href && /^(https?:)?\/\//i.test(href);

/**
 * Links keep the address rehype-sanitize allowed. One that leads to another site says so (an
 * arrow, and “外部链接” for screen readers) and sends no referrer; it opens in the same tab, like
 * every other link here.
 */
function MarkdownLink({ node: _node, href, children, ...props }: ComponentPropsWithoutRef<"a"> & ExtraProps) {
  if (!isExternal(href))
    return (
      <a href={href} {...props}>
        {children}
      </a>
    );
  return (
    <a href={href} {...props} rel="noopener noreferrer">
      {children}
      <span aria-hidden="true" className="ml-0.5 text-[0.8em]">
        ↗
      </span>
      <span className="sr-only">（外部链接）</span>
    </a>
  );
}

/**
 * Teacher- or student-written Markdown rendered as plain React: remark → rehype-sanitize → React.
 * Raw HTML is dropped, dangerous URLs (javascript: …) are removed, nothing is ever evaluated.
 * Text the parser would take too long over (markdown-limits.ts: a plan saved before the limits,
 * or a field longer than plans allow) is shown as it was typed, as plain text.
 */
export function Markdown({ text, className = "" }: { text: string; className?: string }) {
  if (!renderableMarkdown(text)) {
    return (
      <div className={`markdown ${className}`}>
        <p className="break-words whitespace-pre-wrap" data-plain-text="">
          {text}
        </p>
      </div>
    );
  }
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        components={{ a: MarkdownLink }}
        skipHtml
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
