import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Teacher- or student-written Markdown rendered as plain React: remark → rehype-sanitize → React.
 * Raw HTML is dropped, dangerous URLs (javascript: …) are removed, nothing is ever evaluated.
 */
export function Markdown({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
