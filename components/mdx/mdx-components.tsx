import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Exercise } from "@/components/exercises/exercise";

export function KeyTerm({ term, children }: { term: string; children: ReactNode }) {
  return (
    <aside
      className="not-prose my-5 rounded-lg border-l-4 border-brand-600 bg-brand-50 px-4 py-3"
      aria-label={`术语：${term}`}
    >
      <p className="text-sm font-semibold text-brand-800">术语 · {term}</p>
      <p className="mt-1 leading-7 text-slate-800">{children}</p>
    </aside>
  );
}

export function Callout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <aside className="not-prose my-5 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
      {title ? <p className="text-sm font-semibold text-amber-900">{title}</p> : null}
      <div className="mt-1 leading-7 text-slate-800">{children}</div>
    </aside>
  );
}

// Wide tables scroll inside their own box, so the page itself never scrolls sideways on a phone.
function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div
      className="my-5 overflow-x-auto rounded-lg border border-slate-200"
      tabIndex={0}
      role="region"
      aria-label="表格"
    >
      <table {...props} className="my-0! min-w-full [&_td]:min-w-20 [&_th]:min-w-20" />
    </div>
  );
}

export const mdxComponents = {
  table: Table,
  KeyTerm,
  Callout,
  Exercise,
} satisfies MDXComponents;
