import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <PageShell>
      <div className="mx-auto w-full max-w-md">{children}</div>
    </PageShell>
  );
}
