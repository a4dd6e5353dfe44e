import Link from "next/link";
import { PageShell } from "@/components/layout/page-shell";
import { buttonClass } from "@/components/ui/button";
import { commonMessages } from "@/lib/messages/common";

export default function NotFound() {
  return (
    <PageShell>
      <div className="mx-auto max-w-md py-10 text-center">
        <p className="text-5xl font-bold text-brand-600">404</p>
        <h1 className="mt-4 text-2xl font-bold">{commonMessages.notFoundTitle}</h1>
        <p className="mt-3 text-slate-600">{commonMessages.notFoundBody}</p>
        <Link href="/" className={buttonClass("primary", "mt-6")}>
          {commonMessages.backHome}
        </Link>
      </div>
    </PageShell>
  );
}
