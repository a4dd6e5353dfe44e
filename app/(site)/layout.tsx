import type { ReactNode } from "react";
import { PageShell } from "@/components/layout/page-shell";

// Public pages are prerendered; the account menu fetches the session in the browser.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <PageShell>{children}</PageShell>;
}
