import Link from "next/link";
import { commonMessages } from "@/lib/messages/common";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <Link href="/" className="order-1 flex items-center gap-2 py-1 text-lg font-bold text-slate-900">
          <span aria-hidden className="grid size-8 place-items-center rounded-md bg-brand-600 text-sm text-white">
            客
          </span>
          {commonMessages.productName}
        </Link>
        <SiteNav />
      </div>
    </header>
  );
}
